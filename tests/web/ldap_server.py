"""A throwaway OpenLDAP ``slapd`` on 127.0.0.1 for the directory sign-in tests.

Debian's slapd (``scripts/setup.sh --dev`` installs it) runs from a temporary slapd.conf
with an mdb database and the memberof overlay, so a user's ``memberOf`` is kept by the
server itself when groups are added, as in a production directory. The entries are added
over LDAP by the root DN once the server answers.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ldap3 import Connection, Server

SLAPD = "/usr/sbin/slapd"
SCHEMA = Path("/etc/ldap/schema")
MODULES = Path("/usr/lib/ldap")
SUFFIX = "dc=bank,dc=example"
ROOT_DN = f"cn=admin,{SUFFIX}"
ROOT_PASSWORD = "root-secret"
SERVICE_DN = f"cn=radar-svc,ou=services,{SUFFIX}"
SERVICE_PASSWORD = "service-secret"
PEOPLE = f"ou=people,{SUFFIX}"
GROUPS = f"ou=groups,{SUFFIX}"


@dataclass(frozen=True)
class Directory:
    url: str


def unavailable() -> str | None:
    """Why slapd cannot run here, or None."""
    if not Path(SLAPD).exists():
        return f"{SLAPD} is absent (apt-get install slapd)"
    if not (MODULES / "back_mdb.la").exists() or not (SCHEMA / "inetorgperson.schema").exists():
        return "slapd's modules or schema are missing"
    return None


def _config(folder: Path) -> str:
    return f"""
include {SCHEMA}/core.schema
include {SCHEMA}/cosine.schema
include {SCHEMA}/inetorgperson.schema
include {SCHEMA}/nis.schema
modulepath {MODULES}
moduleload back_mdb
moduleload memberof
pidfile {folder}/slapd.pid
database mdb
maxsize 10485760
suffix "{SUFFIX}"
rootdn "{ROOT_DN}"
rootpw {ROOT_PASSWORD}
directory {folder}/data
overlay memberof
access to attrs=userPassword by anonymous auth by self read by * none
access to * by dn.exact="{SERVICE_DN}" read by self read by * none
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _people() -> list[tuple[str, list[str], dict[str, object]]]:
    """(dn, object classes, attributes) of the directory's entries, groups last."""
    person = ["inetOrgPerson"]
    entries: list[tuple[str, list[str], dict[str, object]]] = [
        (SUFFIX, ["dcObject", "organization"], {"dc": "bank", "o": "Bank"}),
        (PEOPLE, ["organizationalUnit"], {"ou": "people"}),
        (GROUPS, ["organizationalUnit"], {"ou": "groups"}),
        (f"ou=services,{SUFFIX}", ["organizationalUnit"], {"ou": "services"}),
        (SERVICE_DN, ["organizationalRole", "simpleSecurityObject"],
         {"cn": "radar-svc", "userPassword": SERVICE_PASSWORD}),
    ]
    for uid, mail in (("deniz", "deniz@bank.example"), ("selin", "selin@bank.example"),
                      ("okan", "okan@bank.example"), ("nogroup", "nogroup@bank.example")):
        entries.append((f"uid={uid},{PEOPLE}", person, {
            "uid": uid, "cn": uid.title(), "sn": uid.title(), "mail": mail,
            "userPassword": f"{uid}-password"}))
    for cn, members in (("radar-analysts", ["deniz"]), ("radar-rms", ["selin"]),
                        ("radar-admins", ["okan"]), ("canteen", ["nogroup", "deniz"])):
        entries.append((f"cn={cn},{GROUPS}", ["groupOfNames"], {
            "cn": cn, "member": [f"uid={m},{PEOPLE}" for m in members]}))
    return entries


@contextmanager
def running_slapd(folder: Path) -> Iterator[Directory]:
    """Start slapd in ``folder`` on a free loopback port, fill it, stop it afterwards."""
    (folder / "data").mkdir(parents=True)
    conf = folder / "slapd.conf"
    conf.write_text(_config(folder), encoding="utf-8")
    port = _free_port()
    url = f"ldap://127.0.0.1:{port}"
    log = (folder / "slapd.log").open("w")
    process = subprocess.Popen([SLAPD, "-f", str(conf), "-h", url + "/", "-d", "0"],
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        root = None
        for _ in range(200):
            if process.poll() is not None:
                raise RuntimeError("slapd exited: " + (folder / "slapd.log").read_text())
            try:
                root = Connection(Server(url, connect_timeout=1), ROOT_DN, ROOT_PASSWORD,
                                  auto_bind=True)
                break
            except Exception:  # not listening yet
                time.sleep(0.05)
        if root is None:
            raise RuntimeError("slapd did not answer")
        for dn, classes, attributes in _people():
            if not root.add(dn, classes, attributes):
                raise RuntimeError(f"cannot add {dn}: {root.result}")
        root.unbind()
        yield Directory(url)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        shutil.rmtree(folder / "data", ignore_errors=True)
