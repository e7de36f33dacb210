"""Search: Dutch analysis, queries, snippets, the library index and the reflection index."""
