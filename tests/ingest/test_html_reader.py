from prosopograph.ingest.html import read_html

PAGE = """<!DOCTYPE html><html><head><title>A Life in Letters</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Subscribe</li></ul></nav>
<article><h1>A Life in Letters</h1>
<p>The poet was born in 1821 in a village on the Volga and moved to the capital as a young man.</p>
<p>Her letters to her brother, written over forty years, are the main source for her later life.</p>
<p>She spent her last winter in Nice and died there in 1878, leaving an unfinished novel.</p>
</article>
<footer>Copyright 2024 Example Media. All rights reserved. Privacy policy. Cookie settings.</footer>
</body></html>"""


def test_main_text_without_navigation() -> None:
    text, _, meta = read_html(PAGE.encode())
    assert "village on the Volga" in text and "unfinished novel" in text
    assert "Home" not in text and "Privacy policy" not in text
    assert meta.get("title") == "A Life in Letters"


def test_declared_charset_is_used() -> None:
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace("Nice", "Nîmes")
    text, _, _ = read_html(page.encode("cp1252"))
    assert "Nîmes" in text
