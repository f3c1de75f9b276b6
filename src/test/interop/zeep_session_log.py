"""Calls the session-log operations with zeep and prints what zeep parsed, for the Java client's interop tests.

Usage: /usr/bin/python3 zeep_session_log.py <wsdl> <binding>:<operation>=<address> ...
where <wsdl> is either contract's WSDL (wsdl/ECGridOS.wsdl, the documented one, or
wsdl/ECGridOS-published.wsdl), <binding> is soap11 or soap12 and <operation> is one of that
contract's operations: SessionLog for the documented contract; SessionLog, SessionLogEx or
SessionLogCurrent for the published one. The script finds the contract by the namespace of the
WSDL's bindings, and the binding by its SOAP version, so the same calls work for both WSDLs.

Prints one JSON array with one object per call, in order:
  {"address": ..., "error": null or "<zeep exception>: <message>", "records": [...] or null}
Each record is the entry as zeep parsed it (zeep.helpers.serialize_object), under the XML names;
nested types stay nested as zeep gives them (the published contract's "Events" is an object
whose "SessionEvents" is the list). "naive" lists the paths of the timestamps zeep parsed
without an offset, e.g. "Created" or "Events.SessionEvents[1].Date". SessionLogCurrent returns
one SessionLogInfo, not a list: it is printed as a list of that one record (none when absent).

Timestamps are printed as ISO-8601 with an offset. zeep returns a timestamp that has no offset as
a naive datetime; the contracts say such a timestamp is UTC, so it is printed as UTC. Python's
datetime holds microseconds: zeep (isodate) rounds .NET's seven fractional digits to six,
half to even, before this script sees them.
zeep runs with its default settings (strict parsing); a response it rejects is reported as
"error", not retried in another mode.

Run it with Debian's /usr/bin/python3, where the python3-zeep package installs zeep.
"""
import datetime
import json
import sys

import requests
from lxml.etree import QName
from zeep import Client
from zeep.exceptions import Error
from zeep.helpers import serialize_object
from zeep.transports import Transport
from zeep.wsdl.bindings.soap import Soap11Binding, Soap12Binding

SESSION_ID = "zeep-interop"
UTC = datetime.timezone.utc
# What each contract's operations are called with. The values do not matter to the replayed
# fixtures; they are valid ones, so that zeep's own request checks pass.
ARGUMENTS = {
    "http://www.ecgridos.net/": {
        "SessionLog": dict(SessionID=SESSION_ID, UserID=0, MaxRecords=20),
    },
    "https://os.ecgrid.io/": {
        "SessionLog": dict(SessionID=SESSION_ID, MaxRecords=20),
        "SessionLogEx": dict(SessionID=SESSION_ID, UserID=4711, StartTime=datetime.datetime(2000, 1, 1, tzinfo=UTC),
                             EndTime=datetime.datetime(2100, 1, 1, tzinfo=UTC), MaxRecords=20),
        "SessionLogCurrent": dict(SessionID=SESSION_ID),
    },
}
# The operations whose result is one record rather than an array of them.
SINGLE_RECORD = {"SessionLogCurrent"}


def client(wsdl):
    session = requests.Session()
    session.trust_env = False  # loopback only: never a proxy from the environment
    return Client(wsdl, transport=Transport(session=session, timeout=10))


def bindings(zeep_client):
    """The WSDL's namespace, and its SOAP 1.1 and SOAP 1.2 binding names keyed soap11 and soap12."""
    found, namespaces = {}, set()
    for name, binding in zeep_client.wsdl.bindings.items():
        # Soap12Binding is not a subclass of Soap11Binding; both are SoapBinding.
        version = "soap12" if isinstance(binding, Soap12Binding) else "soap11" if isinstance(binding, Soap11Binding) else None
        if version is not None:
            found[version] = name
            namespaces.add(QName(name).namespace)
    if len(namespaces) != 1 or set(found) != {"soap11", "soap12"}:
        sys.exit("expected one SOAP 1.1 and one SOAP 1.2 binding in one namespace, found %r" % found)
    return namespaces.pop(), found


def plain(value, path, naive):
    """The serialized value with timestamps as ISO text; naive ones are recorded by path and read as UTC."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            naive.append(path)
            value = value.replace(tzinfo=UTC)
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v, k if not path else path + "." + k, naive) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v, "%s[%d]" % (path, i), naive) for i, v in enumerate(value)]
    return value


def record(entry):
    naive = []
    out = plain(serialize_object(entry, target_cls=dict), "", naive)
    out["naive"] = naive
    return out


def call(zeep_client, namespace, binding, operation, address):
    service = zeep_client.create_service(binding, address)
    result = getattr(service, operation)(**ARGUMENTS[namespace][operation])
    if operation in SINGLE_RECORD:
        return [] if result is None else [record(result)]
    # zeep unwraps both the response wrapper and the ArrayOf type: the result is the list itself,
    # or None when the result element is absent or empty.
    return [record(entry) for entry in ([] if result is None else result)]


def main(wsdl, calls):
    zeep_client = client(wsdl)
    namespace, binding_names = bindings(zeep_client)
    results = []
    for spec in calls:
        target, address = spec.split("=", 1)
        version, operation = target.split(":", 1)
        try:
            results.append({"address": address, "error": None,
                            "records": call(zeep_client, namespace, binding_names[version], operation, address)})
        except Error as e:
            results.append({"address": address, "error": "%s: %s" % (type(e).__name__, e), "records": None})
    json.dump(results, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
