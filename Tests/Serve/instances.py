#!/usr/bin/env python3
"""Two `sop serve` instances behind nginx on one PostgreSQL, end to end with the real binaries:

    eval "$(.ci/throwaway-postgres start /tmp/pg)"; python3 Tests/Serve/instances.py [path/to/sop]

nginx runs the site file of the README (Deploy/nginx-sop.conf) with its ports, certificate and
log paths replaced (a self-signed certificate made here). Checked:
  - a step handed over by a desk on instance A appears live on instance B (GET /langsung, event
    `tugas`), and through nginx (TLS, proxy_buffering off) as well;
  - SIGTERM to instance B ends its live streams cleanly and the process exits 0; started again,
    B knows the session (nobody is logged out) and shows the waiting step; nothing is lost:
    the case continues on B and `sop db verify` passes.
Needs SOP_TEST_POSTGRES and PGPASSWORD (as the PostgreSQL tests) and nginx and openssl on the PATH
or in /usr/sbin. Prints 'N passed, N failed'; exit 1 on any failure."""
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from deskclient import Desk  # noqa: E402

PINS = {"budi": "246810", "citra": "112233"}
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(("✔ " if ok else "✘ ") + name + ("" if ok else f": {detail}"), flush=True)
    return ok


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Stream:
    """GET /langsung on a raw socket (TLS when asked), read as events arrive."""

    def __init__(self, port, cookie, tls=False):
        raw = socket.create_connection(("127.0.0.1", port), timeout=30)
        if tls:
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            raw = context.wrap_socket(raw, server_hostname="localhost")
        self.socket = raw
        self.text = ""
        self.closed = False
        raw.sendall(f"GET /langsung HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\nCookie: {cookie}\r\n\r\n".encode())

    def read_until(self, pattern, seconds=10):
        deadline = time.time() + seconds
        while not re.search(pattern, self.text) and not self.closed and time.time() < deadline:
            self.socket.settimeout(max(0.05, deadline - time.time()))
            try:
                data = self.socket.recv(65536)
            except (socket.timeout, ssl.SSLError):
                continue
            if not data:
                self.closed = True
            self.text += data.decode("utf-8", "replace")
        return re.search(pattern, self.text)

    def close(self):
        self.socket.close()


def tls_request(port, head):
    """One request over TLS, its body not sent (nginx judges a Content-Length before reading):
    the status, the headers and the body of the answer."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with context.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=10), server_hostname="localhost") as s:
        s.sendall(head.encode())
        data = b""
        while True:
            try:
                chunk = s.recv(65536)
            except (socket.timeout, ssl.SSLError):
                break
            if not chunk:
                break
            data += chunk
    text = data.decode("utf-8", "replace")
    headers, _, body = text.partition("\r\n\r\n")
    status = int(headers.split(" ")[1]) if headers.startswith("HTTP/") else 0
    return status, headers, body


def cookie_header(desk):
    return "; ".join(f"{k}={v}" for k, v in desk.cookies.items())


def main():
    sop = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "sop")
    url = os.environ.get("SOP_TEST_POSTGRES")
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if not url or not nginx or not shutil.which("openssl"):
        print("skipped: needs SOP_TEST_POSTGRES, nginx and openssl")
        print("0 passed, 0 failed, 1 skipped")
        return 0
    work = tempfile.mkdtemp(prefix="sop-instances-")
    pages = None
    schema = "sop_inst_" + uuid.uuid4().hex[:12]
    address = url + ("&" if "?" in url else "?") + "options=-csearch_path%3D" + schema
    env = dict(os.environ, SOP_DB=address, LANG="C.UTF-8")
    processes = {}

    def run(*args, stdin=None):
        return subprocess.run([sop, *args], cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=120)

    def serve(name, port):
        log = open(os.path.join(work, name + ".log"), "a")
        process = subprocess.Popen([sop, "serve", "--port", str(port), "--sop-dir", "sop"], cwd=ROOT, env=env,
                                   stdout=subprocess.PIPE, stderr=log, text=True)
        line = process.stdout.readline()
        processes[name] = process
        return process, line

    try:
        subprocess.run(["psql", url, "-qc", f"CREATE SCHEMA {schema}"], check=True, capture_output=True)
        assert run("db", "migrate").returncode == 0
        me = subprocess.run(["psql", address, "-Atc", "SELECT current_user"], check=True, capture_output=True, text=True).stdout.strip()
        for name, role in ((me, "pengelola-peran"), ("budi", "resepsionis"), ("citra", "staf-pengaduan")):
            done = run("roster", "grant", name, role)
            assert done.returncode == 0, done.stderr
        for name, pin in PINS.items():
            done = run("roster", "pin", name, stdin=f"{pin}\n{pin}\n")
            assert done.returncode == 0, done.stderr
        subprocess.run(["psql", address, "-qc", f"INSERT INTO web_gateway (db_user) VALUES ('{me}') ON CONFLICT DO NOTHING"],
                       check=True, capture_output=True)

        port_a, port_b, port_tls = free_port(), free_port(), free_port()
        _, said = serve("a", port_a)
        check("instance A listens", "melayani di" in said, said)
        _, said = serve("b", port_b)
        check("instance B listens", "melayani di" in said, said)

        # nginx with the README's site file: ports, certificate and paths for this test.
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                        "-keyout", os.path.join(work, "key.pem"), "-out", os.path.join(work, "cert.pem")],
                       check=True, capture_output=True)
        site = open(os.path.join(ROOT, "Deploy", "nginx-sop.conf")).read()
        site = site.replace("127.0.0.1:8081", f"127.0.0.1:{port_a}").replace("127.0.0.1:8082", f"127.0.0.1:{port_b}")
        site = re.sub(r"server \{\n    listen 80;.*?\n\}\n", "", site, flags=re.S)
        site = site.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port_tls} ssl http2;").replace("    listen [::]:443 ssl http2;\n", "")
        site = site.replace("/etc/ssl/sop/fullchain.pem", os.path.join(work, "cert.pem"))
        site = site.replace("/etc/ssl/sop/privkey.pem", os.path.join(work, "key.pem"))
        site = site.replace("/var/log/nginx/sop.access.log", os.path.join(work, "access.log"))
        # Deploy/galat as /srv/sop/galat, in a folder nginx's worker user may read (the clone and
        # `work` may be private: mkdtemp makes them 0700, and nginx then answers 403).
        pages = os.path.join(tempfile.mkdtemp(prefix="sop-galat-"), "srv")
        shutil.copytree(os.path.join(ROOT, "Deploy", "galat"), os.path.join(pages, "galat"))
        for folder in (os.path.dirname(pages), pages, os.path.join(pages, "galat")):
            os.chmod(folder, 0o755)
        for name in os.listdir(os.path.join(pages, "galat")):
            os.chmod(os.path.join(pages, "galat", name), 0o644)
        site = site.replace("root /srv/sop;", "root " + pages + ";")
        conf = os.path.join(work, "nginx.conf")
        with open(conf, "w") as f:
            f.write(f"pid {work}/nginx.pid;\nerror_log {work}/error.log;\nevents {{}}\nhttp {{\n"
                    f"client_body_temp_path {work}/body; proxy_temp_path {work}/proxy;\n"
                    f"fastcgi_temp_path {work}/fcgi; uwsgi_temp_path {work}/uwsgi; scgi_temp_path {work}/scgi;\n"
                    + site + "\n}\n")
        tested = subprocess.run([nginx, "-t", "-p", work, "-c", conf], capture_output=True, text=True)
        check("nginx accepts the site file", tested.returncode == 0, tested.stderr)
        processes["nginx"] = subprocess.Popen([nginx, "-p", work, "-c", conf, "-g", "daemon off;"],
                                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)

        # Citra (staf-pengaduan) listens on instance B, and through nginx.
        citra = Desk("127.0.0.1", port_b)
        citra.login("citra", PINS["citra"])
        on_b = Stream(port_b, cookie_header(citra))
        via_nginx = Stream(port_tls, cookie_header(citra), tls=True)
        check("B's stream opens", bool(on_b.read_until(": terhubung\n\n")), on_b.text[-300:])
        check("the stream through nginx opens", bool(via_nginx.read_until(": terhubung\n\n")), via_nginx.text[-300:])

        # Budi (resepsionis) starts a case on instance A and hands it over after step 2.
        budi = Desk("127.0.0.1", port_a)
        budi.login("budi", PINS["budi"])
        step = budi.start("01")
        case_id = re.match(r"/kasus/([^/]+)/langkah/", step).group(1)
        handed = time.time()
        for _ in range(2):
            took, status, step, _, page = budi.answer_step(step)
            assert status == 303, f"{status} {page[:400]}"
        seen = on_b.read_until(r'event: tugas\ndata: \{"kasus":"%s","langkah":"3"\}' % re.escape(case_id), seconds=5)
        check("the hand-over on A appears live on B", bool(seen), on_b.text[-400:])
        check("... within a second", bool(seen) and time.time() - handed < 1 + took, f"{time.time() - handed:.2f} s")
        seen = via_nginx.read_until(r'"kasus":"%s","langkah":"3"' % re.escape(case_id), seconds=5)
        check("... and through nginx, unbuffered", bool(seen), via_nginx.text[-400:])

        # A restart of B: the stream ends cleanly, the process exits 0, and comes back knowing Citra.
        processes["b"].send_signal(signal.SIGTERM)
        ended = on_b.read_until(r"\r\n0\r\n\r\n", seconds=10)
        check("SIGTERM ends B's live stream cleanly", bool(ended), on_b.text[-200:])
        try:
            code = processes["b"].wait(timeout=15)
        except subprocess.TimeoutExpired:
            code = None
        check("B exits 0 on SIGTERM", code == 0, str(code))
        _, said = serve("b", port_b)
        check("B starts again", "melayani di" in said, said)
        status, _, page = citra.request("GET", "/")
        check("Citra is still logged in after the restart", status == 200 and "daftar-tugas" in page, f"{status}")
        check("the handed-over step waits in her worklist",
              f'data-kasus="{case_id}"' in page and 'data-langkah="3"' in page, page[:300])
        again = Stream(port_b, cookie_header(citra))
        check("B's stream opens again", bool(again.read_until(": terhubung\n\n")), again.text[-200:])

        # Citra answers step 3 on B; Budi's worklist on A is told nothing (not his role), hers is.
        took, status, _, _, page = citra.answer_step(f"/kasus/{case_id}/langkah/3")
        check("Citra answers step 3 on B", status == 303, f"{status} {page[:300]}")
        seen = again.read_until(r'"kasus":"%s","langkah":"3"\}' % re.escape(case_id), seconds=5)
        check("the step she answered leaves her live worklist", bool(seen), again.text[-300:])
        for stream in (on_b, via_nginx, again):
            stream.close()
        verify = run("db", "verify")
        check("sop db verify passes", verify.returncode == 0, verify.stdout[-300:] + verify.stderr[-300:])
        events = subprocess.run(["psql", address, "-Atc", f"SELECT count(*), count(DISTINCT sequence) FROM case_event WHERE case_id = '{case_id}'"],
                                capture_output=True, text=True).stdout.strip()
        total, distinct = events.split("|")
        check("no event lost or doubled", total == distinct and int(total) > 0, events)
        log = open(os.path.join(work, "access.log")).read()
        check("nginx's log has no query strings or cookies", "?" not in log and "sop_sesi" not in log, log[-300:])
        # tester9: HSTS twice; nginx's own 413 and 502 pages in English.
        _, headers, _ = tls_request(port_tls, "GET /masuk HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        check("one Strict-Transport-Security header through nginx", headers.lower().count("strict-transport-security") == 1, headers)
        status, headers, body = tls_request(port_tls, "POST /kasus/x/langkah/1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                                            "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 50000000\r\n\r\n")
        check("past nginx's limit: its 413 page in Bahasa, no script", status == 413 and "Berkas terlalu besar" in body
              and "<script" not in body and "Kembali" in body, f"{status} {body[:300]}")
        # tester12 (F24): over HTTP/2, as browsers send, the redirect to the 413 page was itself
        # too large a body for nginx, which then showed its English page.
        big = os.path.join(work, "big.bin")
        with open(big, "wb") as out:
            out.truncate(45 * 1024 * 1024)
        h2 = subprocess.run(["curl", "--http2", "-sk", "-o", "-", "-w", "\n%{http_code} %{http_version}",
                             "-H", "Content-Type: application/octet-stream", "--data-binary", "@" + big,
                             f"https://127.0.0.1:{port_tls}/kasus/x/langkah/1"], capture_output=True, text=True, timeout=60)
        body, _, tail = h2.stdout.rpartition("\n")
        check("past nginx's limit over HTTP/2: its 413 page in Bahasa", tail == "413 2" and "Berkas terlalu besar" in body,
              f"{tail} {body[:300]} {h2.stderr[-200:]}")
        for name in ("a", "b"):
            processes[name].send_signal(signal.SIGTERM)
            processes[name].wait(timeout=20)
        status, headers, body = tls_request(port_tls, "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        check("both instances down: nginx's 502 page in Bahasa", status == 502 and "Meja layanan sedang tidak menjawab" in body
              and "<script" not in body, f"{status} {body[:300]}")
    except AssertionError as failure:
        check("setup", False, str(failure))
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
        subprocess.run(["psql", url, "-qc", f"DROP SCHEMA IF EXISTS {schema}, {schema}_rahasia CASCADE"], capture_output=True)
        for name in ("a", "b"):
            path = os.path.join(work, name + ".log")
            if os.path.exists(path) and not all(results):
                text = open(path).read()
                # A crash's own lines (its reason and the crashed thread) come before the registers
                # the last 2,000 characters would keep: print them too.
                crash = next((text.find(m) for m in ("💣", "Fatal error", "Crash") if m in text), -1)
                if crash >= 0 and crash < len(text) - 2000:
                    print(f"--- {name}.log, its crash\n" + text[crash:crash + 4000])
                print(f"--- {name}.log\n" + text[-2000:])
        shutil.rmtree(work, ignore_errors=True)
        if pages:
            shutil.rmtree(os.path.dirname(pages), ignore_errors=True)
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
