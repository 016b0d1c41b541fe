#!/usr/bin/env python3
"""Times a save in `planpress serve`: from writing a news file to the reload message on the live-reload socket.

    reload_latency.py PORT CONTENT_FOLDER [EDITS]

A page's WebSocket is opened as a browser opens it; each edit appends a line to another story, and the time until
the server's next message is printed, then the median; then one story gets a new title, then a new tag.
"""
import base64, os, socket, statistics, sys, time

port, content, edits = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 5

sock = socket.create_connection(("127.0.0.1", port))
key = base64.b64encode(os.urandom(16)).decode()
sock.sendall((f"GET /__planpress/live HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
              f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
answer = b""
while b"\r\n\r\n" not in answer:
    answer += sock.recv(4096)
if b" 101 " not in answer.split(b"\r\n")[0]:
    sys.exit(f"no WebSocket: {answer[:200]!r}")

def next_message():
    """Reads one unmasked frame from the server and returns its text."""
    head = sock.recv(2)
    length = head[1] & 0x7F
    if length == 126:
        length = int.from_bytes(sock.recv(2), "big")
    data = b""
    while len(data) < length:
        data += sock.recv(length - len(data))
    return data.decode()

# Published stories (files are named by date), oldest first: a story dated later than today is not shown.
today = time.strftime("%Y-%m-%d")
def save_and_wait(path, change):
    """Changes the file at `path` and returns the milliseconds until the server's next message, and the message."""
    start = time.perf_counter()
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(change(text))
    message = next_message()
    return (time.perf_counter() - start) * 1000, message

news = sorted(name for name in os.listdir(os.path.join(content, "news")) if name[:10] <= today)
times = []
for i in range(edits):
    # The first save is to the newest story, which the home page and the site's feed show too.
    path = os.path.join(content, "news", news[-1 - (i * 997) % len(news)])
    ms, message = save_and_wait(path, lambda text: text + f"\nSửa lần {i + 1}.\n")
    times.append(ms)
    print(f"text edit → {message!r}: {ms:.0f} ms  ({os.path.basename(path)})")
    time.sleep(0.3)
print(f"median of {edits}: {statistics.median(times):.0f} ms from save to reload")

# A new title moves the story among its day's stories and gives it a new address; a new tag adds a tag page.
path = os.path.join(content, "news", news[len(news) // 2])
ms, message = save_and_wait(path, lambda text: text.replace("title: \"", "title: \"Sửa tiêu đề: ", 1))
print(f"title edit → {message!r}: {ms:.0f} ms  ({os.path.basename(path)})")
time.sleep(0.3)
ms, message = save_and_wait(path, lambda text: text.replace("tags: [", "tags: [thẻ mới, ", 1))
print(f"tag edit → {message!r}: {ms:.0f} ms  ({os.path.basename(path)})")
