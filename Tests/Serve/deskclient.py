"""A desk in a browser, without the browser: a small HTTP client of `sop serve` (standard library
only) for the multi-instance test and the load test. It logs in, starts SOP 01, and answers each
step page through its form as a person would (csrf field, checkboxes, fields, outputs)."""
import html
import http.client
import re
import ssl
import time
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

# What a desk types into SOP 01's fields (by field name); anything else gets a plain text.
VALUES = {
    "nama": "Siti Aminah",
    "nik": "3573014101900001",
    "telepon": "081234567890",
    "maksud": "Menanyakan syarat izin usaha mikro",
}


class Form(HTMLParser):
    """The inputs of one form (by id), as a browser would submit them untouched."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.action = None
        self.fields = []  # (kind, name, value)
        self.select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("id") == self.form_id or (self.form_id is None and not self.inside)):
            self.inside = True
            self.action = a.get("action")
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            self.fields.append((a.get("type", "text"), a["name"], a.get("value", ""), "checked" in a))
        elif tag == "textarea" and a.get("name"):
            self.fields.append(("textarea", a["name"], "", False))
        elif tag == "select" and a.get("name"):
            self.select = a["name"]
        elif tag == "option" and self.select:
            value = a.get("value", "")
            if value and not any(f[1] == self.select for f in self.fields):
                self.fields.append(("select", self.select, value, True))

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        if tag == "form" and self.inside:
            self.inside = False
            self.form_id = "\0done"


def parse_form(page, form_id):
    parser = Form(form_id)
    parser.feed(page)
    return parser


class Desk:
    """One operator's browser: its own connection (keep-alive) and cookies."""

    def __init__(self, host, port, tls=False, timeout=30, forwarded_for=None):
        self.host, self.port, self.tls, self.timeout = host, port, tls, timeout
        # As nginx would send it for this desk's PC (sop serve --trusted-proxy): rate limits per desk.
        self.forwarded_for = forwarded_for
        self.cookies = {}
        self.connection = None

    def _connect(self):
        if self.tls:
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            return http.client.HTTPSConnection(self.host, self.port, timeout=self.timeout, context=context)
        return http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)

    def request(self, method, path, fields=None, retry=True):
        """Returns (status, headers, body text); keeps the cookies it is given."""
        headers = {"Host": f"{self.host}:{self.port}"}
        if self.forwarded_for:
            headers["X-Forwarded-For"] = self.forwarded_for
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.connection is None:
            self.connection = self._connect()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError, http.client.CannotSendRequest):
            self.connection.close()
            self.connection = None
            if not retry or method != "GET":
                raise
            return self.request(method, path, fields, retry=False)
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, val = pair.partition("=")
                if "max-age=0" in value.lower() or val == "":
                    self.cookies.pop(key.strip(), None)
                else:
                    self.cookies[key.strip()] = val.strip()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, text

    def login(self, name, pin):
        status, _, page = self.request("GET", "/masuk")
        assert status == 200, f"GET /masuk: {status}"
        form = parse_form(page, "masuk")
        fields = {n: v for kind, n, v, _ in form.fields if kind == "hidden"}
        fields.update({"nama": name, "pin": pin})
        status, headers, page = self.request("POST", form.action or "/masuk", fields)
        assert status == 303, f"login of {name}: {status} {page[:300]}"
        return headers.get("location")

    def start(self, code="01"):
        """Starts a case (the confirmation page's form); returns the step page the server sends to."""
        status, _, page = self.request("GET", f"/sop/{code}/mulai")
        assert status == 200, f"GET /sop/{code}/mulai: {status}"
        form = parse_form(page, "mulai")
        fields = {n: v for kind, n, v, _ in form.fields if kind == "hidden"}
        status, headers, page = self.request("POST", form.action, fields)
        assert status == 303, f"start: {status} {page[:300]}"
        return urlsplit(headers["location"]).path

    def answer_step(self, path, note=None):
        """Fills the step form at `path` as a diligent operator would and sends it. Returns
        (seconds the POST took, status, where it sends next, how many answers it carried)."""
        status, _, page = self.request("GET", path)
        assert status == 200, f"GET {path}: {status}"
        form = parse_form(page, "langkah")
        fields = []
        answers = 0
        chosen = set()
        for kind, name, value, checked in form.fields:
            if kind == "hidden":
                fields.append((name, value))
            elif kind == "checkbox" and name.startswith("k."):
                fields.append((name, value or "ada"))
                answers += 1
            elif name.startswith("f."):
                if kind in ("radio",) and name in chosen:
                    continue
                chosen.add(name)
                fields.append((name, VALUES.get(name[2:], value if kind in ("select", "radio") else "Dicatat di meja")))
                answers += 1
            elif name.startswith("o.") and kind != "file":
                fields.append((name, "Dicatat di meja"))
                answers += 1
            elif name == "cabang" and "cabang" not in chosen:
                chosen.add("cabang")
                fields.append((name, value))
                answers += 1
            elif name == "catatan" and note:
                fields.append((name, note))
                answers += 1
        began = time.perf_counter()
        status, headers, page = self.request("POST", form.action or path, fields)
        took = time.perf_counter() - began
        return took, status, urlsplit(headers.get("location", "")).path, answers, page
