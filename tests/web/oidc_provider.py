"""A small but real OpenID Connect provider for the tests, built from authlib's server parts.

It serves discovery, JWKS, an authorization endpoint (POST ``sub`` to "log in" as that
person) and a token endpoint over HTTP on 127.0.0.1, signs ID tokens with its own RSA key,
and insists on PKCE (S256) and a nonce, as a strict provider would. Two switches let a test
play a hostile provider: ``forged_nonce`` puts another nonce in the ID token, and
``rogue_key`` signs it with a key that is not in the published JWKS (same key id).
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from authlib.oauth2.rfc6749 import AuthorizationServer, ClientMixin, OAuth2Request
from authlib.oauth2.rfc6749.grants import AuthorizationCodeGrant
from authlib.oauth2.rfc6749.requests import BasicOAuth2Payload
from authlib.oauth2.rfc6750 import BearerTokenGenerator
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oidc.core import OpenIDCode, UserInfo
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from joserfc.jwk import KeySet, RSAKey

KID = "radar-test-key"


@dataclass
class Client(ClientMixin):  # type: ignore[misc]
    client_id: str
    client_secret: str
    redirect_uri: str

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_allowed_scope(self, scope: str) -> str:
        return " ".join(s for s in scope.split() if s in ("openid", "email", "profile"))

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri == self.redirect_uri

    def check_client_secret(self, client_secret: str) -> bool:
        return secrets.compare_digest(client_secret, self.client_secret)

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method in ("client_secret_basic", "client_secret_post")

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type == "authorization_code"


@dataclass
class Code:
    code: str
    client_id: str
    redirect_uri: str
    scope: str
    sub: str
    nonce: str | None
    code_challenge: str | None
    code_challenge_method: str | None
    auth_time: int = field(default_factory=lambda: int(time.time()))

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope

    def get_nonce(self) -> str | None:
        return self.nonce

    def get_auth_time(self) -> int:
        return self.auth_time

    def get_acr(self) -> None:
        return None

    def get_amr(self) -> None:
        return None


class Req(OAuth2Request):  # type: ignore[misc]
    """An OAuth2Request from a Starlette request whose query and form are already read."""

    def __init__(self, method: str, uri: str, headers: Any, args: dict[str, str], form: dict[str, str]):
        super().__init__(method, uri, headers=headers)
        self._args, self._form = args, form
        self.payload = BasicOAuth2Payload({**args, **form})

    @property
    def args(self) -> dict[str, str]:
        return self._args

    @property
    def form(self) -> dict[str, str]:
        return self._form


class Provider:
    """The provider's state: its key, its one client, its users and the codes it issued."""

    def __init__(self, client_id: str, client_secret: str) -> None:
        self.key = RSAKey.generate_key(2048, parameters={"kid": KID, "use": "sig", "alg": "RS256"})
        self.rogue = RSAKey.generate_key(2048, parameters={"kid": KID, "use": "sig", "alg": "RS256"})
        self.client = Client(client_id, client_secret, "")
        self.users: dict[str, dict[str, Any]] = {}  # sub -> claims
        self.codes: dict[str, Code] = {}
        self.issuer = ""
        self.forged_nonce: str | None = None
        self.rogue_key = False
        self.token_requests: list[dict[str, str]] = []
        self.server = self._server()

    def _server(self) -> AuthorizationServer:
        provider = self

        class Server(AuthorizationServer):  # type: ignore[misc]
            def query_client(self, client_id: str) -> Client | None:
                return provider.client if client_id == provider.client.client_id else None

            def save_token(self, token: dict[str, Any], request: OAuth2Request) -> None:
                pass

            def create_oauth2_request(self, request: Any) -> Any:
                return request

            def create_json_request(self, request: Any) -> Any:
                return request

            def handle_response(self, status: int, body: Any, headers: Any) -> Response:
                content = json.dumps(body) if isinstance(body, dict) else body
                return Response(content, status_code=status, headers=dict(headers))

            def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
                pass

        class Grant(AuthorizationCodeGrant):  # type: ignore[misc]
            TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]

            def save_authorization_code(self, code: str, request: OAuth2Request) -> None:
                data = request.payload.data
                provider.codes[code] = Code(
                    code=code, client_id=request.client.get_client_id(),
                    redirect_uri=data.get("redirect_uri", ""), scope=request.scope or "",
                    sub=request.user["sub"], nonce=data.get("nonce"),
                    code_challenge=data.get("code_challenge"),
                    code_challenge_method=data.get("code_challenge_method"))

            def query_authorization_code(self, code: str, client: Client) -> Code | None:
                found = provider.codes.get(code)
                return found if found and found.client_id == client.get_client_id() else None

            def delete_authorization_code(self, authorization_code: Code) -> None:
                provider.codes.pop(authorization_code.code, None)

            def authenticate_user(self, authorization_code: Code) -> dict[str, Any]:
                return provider.users[authorization_code.sub]

        class IDToken(OpenIDCode):  # type: ignore[misc]
            def exists_nonce(self, nonce: str, request: OAuth2Request) -> bool:
                return any(c.nonce == nonce for c in provider.codes.values())

            def resolve_client_private_key(self, client: Client) -> RSAKey:
                return provider.rogue if provider.rogue_key else provider.key

            def get_client_algorithm(self, client: Client) -> str:
                return "RS256"

            def get_encode_header(self, client: Client) -> dict[str, str]:
                return {"alg": "RS256", "kid": KID}

            def get_client_claims(self, client: Client) -> dict[str, Any]:
                return {"iss": provider.issuer, "aud": [client.get_client_id()],
                        "exp": int(time.time()) + 300}

            def get_authorization_code_claims(self, authorization_code: Code) -> dict[str, Any]:
                claims: dict[str, Any] = super().get_authorization_code_claims(authorization_code)
                if provider.forged_nonce is not None:
                    claims["nonce"] = provider.forged_nonce
                return claims

            def generate_user_info(self, user: dict[str, Any], scope: str) -> UserInfo:
                return UserInfo(user)

        server = Server(scopes_supported=["openid", "email", "profile"])
        server.register_token_generator(
            "default", BearerTokenGenerator(lambda *a, **k: secrets.token_urlsafe(32)))
        server.register_grant(Grant, [CodeChallenge(required=True), IDToken(require_nonce=True)])
        return server

    def add_user(self, sub: str, **claims: Any) -> None:
        self.users[sub] = {"sub": sub, **claims}

    def app(self) -> FastAPI:
        """The provider's HTTP endpoints."""
        web = FastAPI()

        async def oauth_request(request: Request) -> Req:
            form = {k: str(v) for k, v in (await request.form()).items()}
            return Req(request.method, str(request.url), request.headers,
                       dict(request.query_params), form)

        @web.get("/.well-known/openid-configuration")
        def discovery() -> JSONResponse:
            return JSONResponse({
                "issuer": self.issuer,
                "authorization_endpoint": f"{self.issuer}/authorize",
                "token_endpoint": f"{self.issuer}/token",
                "jwks_uri": f"{self.issuer}/jwks",
                "response_types_supported": ["code"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "code_challenge_methods_supported": ["S256"],
                "token_endpoint_auth_methods_supported": ["client_secret_basic"],
            })

        @web.get("/jwks")
        def jwks() -> JSONResponse:
            return JSONResponse(KeySet([self.key]).as_dict(private=False))

        @web.get("/authorize")
        async def consent(request: Request) -> HTMLResponse:
            self.server.get_consent_grant(await oauth_request(request))  # 400s a bad request
            return HTMLResponse("<form method=post><input name=sub><button>Log in</button></form>")

        @web.post("/authorize")
        async def authorize(request: Request) -> Response:
            req = await oauth_request(request)
            user = self.users.get(req.form.get("sub", ""))
            response: Response = self.server.create_authorization_response(req, grant_user=user)
            return response

        @web.post("/token")
        async def token(request: Request) -> Response:
            req = await oauth_request(request)
            self.token_requests.append(dict(req.form))
            response: Response = self.server.create_token_response(req)
            return response

        return web
