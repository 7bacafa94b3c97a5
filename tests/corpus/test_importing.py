"""`reader import`: a saved news page, a URL or a .txt becomes a text folder with its metadata."""

import http.server
import threading
from pathlib import Path

import pytest

from reader.cli import cli
from reader.corpus.importing import slug_for
from reader.corpus.metadata import load_meta

ARTICLE = [
    "Міністерство оборони США у п’ятницю підтвердило початок переговорів щодо виведення "
    "військ з Іраку. Про це повідомив речник відомства на брифінгу у Вашингтоні.",
    "За його словами, переговори триватимуть кілька місяців, а рішення ухвалять обидві "
    "сторони разом після консультацій із союзниками.",
    "Під час брифінгу речник також нагадав, що в країні досі залишаються близько 2 500 "
    "американських військових, які допомагають місцевим силам.",
]
TITLE = "Пентагон оголосив про початок переговорів щодо виведення військ з Іраку"
SLUG = "pentahon-oholosyv-pro-pochatok-perehovoriv-shchodo"

# A news page as a browser saves it: menus, a "read also" box, comments, scripts, a footer.
PAGE = f"""<!DOCTYPE html>
<html lang="uk"><head><meta charset="utf-8">
<title>{TITLE} | Новини світу</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Українська правда">
<meta name="author" content="Олена Коваль">
<meta property="article:published_time" content="2024-01-26T10:15:00+02:00">
<link rel="canonical" href="https://www.example.com.ua/news/2024/01/26/7438597/">
<script>window.dataLayer = [{{"page": "news"}}]; function track() {{ return 1; }}</script>
<style>body {{ font-family: sans-serif }}</style>
</head><body>
<header><nav><ul>
<li><a href="/">Головна</a></li><li><a href="/politics">Політика</a></li>
<li><a href="/economy">Економіка</a></li><li><a href="/war">Війна</a></li>
</ul></nav></header>
<main><article>
<h1>{TITLE}</h1>
<div class="post-meta">26 січня 2024, 10:15 · Олена Коваль</div>
<p>{ARTICLE[0]}</p>
<p>{ARTICLE[1]}</p>
<aside class="read-also"><h3>Читайте також</h3><ul>
<li><a href="/news/1">Зеленський обговорив із Байденом нові поставки зброї</a></li>
<li><a href="/news/2">У Києві оголосили повітряну тривогу</a></li></ul></aside>
<p>{ARTICLE[2]}</p>
<div class="share">Поділитися: Facebook Telegram Twitter</div>
</article></main>
<section id="comments" class="comments"><h2>Коментарі (2)</h2>
<div class="comment"><p>Коментатор: нарешті! Давно пора було це зробити.</p></div>
<div class="comment"><p>Петро: а хто ж тепер охоронятиме базу? Незрозуміло.</p></div>
</section>
<footer><p>© 2024 Українська правда. Усі права захищені.</p>
<p>Передрук матеріалів дозволено лише з посиланням на джерело.</p></footer>
<script src="/static/app.js"></script><script>track();</script>
</body></html>
"""


def test_a_saved_news_page_becomes_a_text_folder_with_the_article_only(runner, tmp_path):
    page = tmp_path / "saved.html"
    page.write_text(PAGE, encoding="utf-8")
    corpus = tmp_path / "corpus"

    result = runner.invoke(cli, ["import", str(page), "--corpus", str(corpus)])

    assert result.exit_code == 0, result.output
    folder = corpus / "texts" / SLUG
    assert result.output.splitlines() == [
        f"made {folder}/",
        "  uk.txt     4 paragraphs, 69 words",
        "  text.yaml  the page gave: source, url, date, author; write title_en",
        f"next: reader missing {folder}",
    ]
    assert (folder / "uk.txt").read_text(encoding="utf-8") == "\n\n".join([TITLE, *ARTICLE]) + "\n"
    meta = load_meta(folder / "text.yaml")
    assert (meta.source, meta.url, meta.date, meta.author, meta.title_en) == (
        "Українська правда",
        "https://www.example.com.ua/news/2024/01/26/7438597/",
        "2024-01-26",
        "Олена Коваль",
        "",
    )
    assert (folder / "text.yaml").read_text(encoding="utf-8").startswith(f"# {TITLE}\n")
    assert sorted(p.name for p in folder.iterdir()) == ["text.yaml", "uk.txt"]


def test_the_imported_text_builds(runner, tmp_path):
    page = tmp_path / "saved.html"
    page.write_text(PAGE, encoding="utf-8")
    runner.invoke(cli, ["import", str(page), "--corpus", str(tmp_path / "corpus")])
    result = runner.invoke(cli, ["build", str(tmp_path / "corpus"), "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "site" / f"{SLUG}.html").read_text(encoding="utf-8")
    assert "виведення" in html and "Коментатор" not in html and "Поділитися" not in html


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def served(tmp_path: Path):
    """tmp_path/www served on 127.0.0.1 by a thread that stops when the test ends."""
    www = tmp_path / "www"
    www.mkdir()
    handler = lambda *a, **k: _Quiet(*a, directory=str(www), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.timeout = 5
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1})
    thread.start()
    try:
        yield www, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_a_url_is_fetched_and_imported_under_the_slug_given(runner, tmp_path, served):
    www, base = served
    (www / "news.html").write_text(PAGE.replace('<link rel="canonical"', "<link"), "utf-8")
    corpus = tmp_path / "corpus"

    result = runner.invoke(
        cli, ["import", f"{base}/news.html", "--slug", "pentagon-iraq", "--corpus", str(corpus)]
    )

    assert result.exit_code == 0, result.output
    folder = corpus / "texts" / "pentagon-iraq"
    assert (folder / "uk.txt").read_text(encoding="utf-8").startswith(TITLE + "\n\nМіністерство")
    assert load_meta(folder / "text.yaml").url == f"{base}/news.html"


def test_a_url_the_server_does_not_have_is_an_error(runner, tmp_path, served):
    _, base = served
    result = runner.invoke(cli, ["import", f"{base}/gone.html", "--corpus", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output == f"Error: {base}/gone.html: the server answered 404 File not found\n"
    assert not (tmp_path / "texts").exists()


def test_an_existing_folder_is_never_replaced(runner, tmp_path):
    page = tmp_path / "saved.html"
    page.write_text(PAGE, encoding="utf-8")
    folder = tmp_path / "corpus" / "texts" / SLUG
    folder.mkdir(parents=True)
    (folder / "uk.txt").write_text("Моя стаття.\n", encoding="utf-8")

    result = runner.invoke(cli, ["import", str(page), "--corpus", str(tmp_path / "corpus")])

    assert result.exit_code == 1
    assert result.output == (
        f"Error: {folder}: already exists; nothing was written (choose another name with --slug)\n"
    )
    assert (folder / "uk.txt").read_text(encoding="utf-8") == "Моя стаття.\n"
    assert [p.name for p in folder.parent.iterdir()] == [SLUG]


def test_a_page_without_article_text_writes_nothing(runner, tmp_path):
    page = tmp_path / "empty.html"
    page.write_text(
        "<html><head><title>Помилка</title><script>var a = 1;</script></head>"
        "<body><nav><a href='/'>Головна</a></nav></body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["import", str(page), "--corpus", str(tmp_path / "corpus")])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {page}: no article text found in the page; nothing was written\n"
    )
    assert not (tmp_path / "corpus").exists()


def test_a_txt_is_taken_as_it_is_with_its_first_line_as_title(runner, tmp_path):
    article = tmp_path / "стаття.txt"
    article.write_text("На вокзалі\n\nПоїзд запізнюється на годину.\n", encoding="utf-8")
    result = runner.invoke(cli, ["import", str(article), "--corpus", str(tmp_path / "corpus")])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "corpus" / "texts" / "na-vokzali"
    assert (folder / "uk.txt").read_text(encoding="utf-8") == (
        "На вокзалі\n\nПоїзд запізнюється на годину.\n"
    )
    assert "  text.yaml  the page gave: nothing else; write title_en" in result.output


def test_a_one_line_txt_gives_a_text_yaml_with_its_opening_words_not_the_line(runner, tmp_path):
    line = " ".join(["Міністерство оборони США підтвердило початок переговорів."] * 2000)
    article = tmp_path / "стаття.txt"
    article.write_text(line + "\n", encoding="utf-8")  # 110 KB on one line
    result = runner.invoke(cli, ["import", str(article), "--corpus", str(tmp_path / "corpus")])
    assert result.exit_code == 0, result.output
    (folder,) = (tmp_path / "corpus" / "texts").iterdir()
    assert (folder / "text.yaml").read_text("utf-8") == (
        "# Міністерство оборони США підтвердило початок переговорів. Міністерство оборони…\n"
        "title_en:      # the English headline, to write\n"
    )
    assert (folder / "uk.txt").read_text("utf-8") == line + "\n"


def test_a_web_page_without_trafilatura_names_the_pip_command(runner, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if not installed
    page = tmp_path / "saved.html"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(cli, ["import", str(page), "--corpus", str(tmp_path / "corpus")])
    assert result.exit_code == 1
    assert result.output == (
        "Error: reading a web page needs trafilatura, an optional extra: "
        "pip install 'reader[import]'\n"
    )


def test_slugs_are_the_transliterated_title_cut_at_a_word():
    assert slug_for("Ф’ючерси на зерно: що далі?") == "fiuchersy-na-zerno-shcho-dali"
    assert slug_for(TITLE) == SLUG
    assert len(SLUG) <= 50
