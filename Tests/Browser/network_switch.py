"""A TCP relay between the test browser and the server that can cut the network, as a phone loses signal.

Chromium's DevTools "offline" switch only reaches the page, not its service worker, so it cannot show that the
service worker keeps a session while offline. Cutting the connection itself does: while the switch is off, every
connection is closed at once and new ones are refused.
"""
import socket
import threading


class NetworkSwitch:
    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.online = True
        self.open: set[socket.socket] = set()
        self.lock = threading.Lock()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cut(self) -> None:
        """Drops every connection and refuses new ones."""
        self.online = False
        with self.lock:
            for sock in list(self.open):
                self._close(sock)

    def restore(self) -> None:
        self.online = True

    def _accept(self) -> None:
        while True:
            client, _ = self.listener.accept()
            if not self.online:
                client.close()
                continue
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.open.update((client, server))
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while self.online:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        with self.lock:
            self._close(source)
            self._close(sink)

    def _close(self, sock: socket.socket) -> None:
        self.open.discard(sock)
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()
