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


BOOK = """<html><head><title>The Ferryman</title></head><body>
<p>*** START OF THE PROJECT GUTENBERG EBOOK THE FERRYMAN ***</p>
<h2>CHAPTER I. THE CROSSING</h2>
<p>Tom Reed kept the ferry at Orm for thirty years, and his daughter kept the tolls.</p>
<center><img src="images/ferry.jpg" alt="The ferry at dawn."><h3>The ferry at dawn.</h3></center>
<p>In the flood of 1841 the ferry was swept a mile down the river, and Tom Reed with it.</p>
<figure><img src="images/map.png"><figcaption>Map of the river.</figcaption></figure>
<img src="images/ornament.png" alt=""><h2>CHAPTER II. THE FLOOD</h2>
<p>The next spring he built a new boat.</p>
</body></html>"""


def test_a_pictures_title_is_no_chapter() -> None:
    text, sections, _ = read_html(BOOK.encode())
    titles = [title for _, title in sections]
    # a chapter's title after an ornament is still a chapter's: only a picture's own words make a caption
    assert any("THE CROSSING" in t for t in titles) and any("THE FLOOD" in t for t in titles)
    assert not any("ferry at dawn" in t or "Map of the river" in t for t in titles)
    # nor running text: a paragraph of it would split the headings of a title page that follows a portrait
    assert "ferry at dawn" not in text and "Map of the river" not in text and "swept a mile" in text
