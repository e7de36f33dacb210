"""Library content: files, parsing, validation, assembly, YAML, cache, anonymisation."""
