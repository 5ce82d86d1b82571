"""The client's address as the routes see it (the login limits count by it): the
connection's own — or, only when the connection comes from a reverse proxy named in the
settings (``--trusted-proxy``), the address that proxy says it forwarded for, and the scheme
it was reached by (``X-Forwarded-Proto``: the addresses the server writes into an OpenRosa
form list are ``https://`` behind a TLS proxy). A header from anyone else is ignored:
uvicorn itself is run without its own proxy-header handling, which believes loopback by
default."""

from __future__ import annotations


class ClientAddress:
    def __init__(self, app, *, trusted: tuple[str, ...]) -> None:
        self.app = app
        self.trusted = set(trusted)

    async def __call__(self, scope, receive, send) -> None:
        client = scope.get("client")
        if scope["type"] == "http" and self.trusted and client and client[0] in self.trusted:
            forwarded = proto = ""
            for key, value in scope["headers"]:
                if key.lower() == b"x-forwarded-for":
                    forwarded = value.decode("latin-1")
                elif key.lower() == b"x-forwarded-proto":
                    proto = value.decode("latin-1").split(",")[0].strip().lower()
            if proto in ("http", "https"):
                scope = {**scope, "scheme": proto}
            # the right-most address no trusted proxy added is the one that connected to them
            hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
            while hops and hops[-1] in self.trusted:
                hops.pop()
            if hops:
                scope = {**scope, "client": (hops[-1], 0)}
        await self.app(scope, receive, send)
