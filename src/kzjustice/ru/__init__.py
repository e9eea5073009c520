"""Russian: the word forms and grammars that read Russian court news, beside the English ones."""
