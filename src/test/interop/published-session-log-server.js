'use strict';
/*
 * The ECGridOS session operations of the published contract (wsdl/ECGridOS-published.wsdl,
 * namespace https://os.ecgrid.io/) written with node soap, for the Java client's interop tests
 * (PublishedNodeSoapServerInteropTest). As in session-log-server.js, nothing here is ours but the
 * service logic: node soap reads the WSDL, parses the requests and writes the responses and faults.
 *
 * Usage: node published-session-log-server.js <ECGridOS-published.wsdl> <sessions.json>
 * Listens on an ephemeral loopback port and prints "PORT <n>" on stdout once it accepts calls.
 * Exits when stdin closes, so that it never outlives the JVM that started it.
 *
 * The service: <sessions.json> (published-sessions.json) holds one session id, the user it
 * belongs to, and the SessionLogInfo records the service knows, in the wire's own text (timestamps
 * stay strings, so the client gets exactly those characters: 7 fractional digits, no offset,
 * 0001-01-01T00:00:00 for an open session). For that session id:
 *   SessionLog(SessionID, MaxRecords)       the session user's records, at most MaxRecords;
 *   SessionLogEx(SessionID, UserID, StartTime, EndTime, MaxRecords)
 *                                           UserID's records that started in [StartTime, EndTime);
 *   SessionLogCurrent(SessionID)            the session user's first Open record.
 * Any other SessionID gets the Authentication fault (DESIGN.md section 2, second detail form).
 */
const fs = require('fs');
const http = require('http');
const { EventEmitter } = require('events');
const soap = require('soap');

const [wsdlPath, sessionsPath] = process.argv.slice(2);
if (!wsdlPath || !sessionsPath) {
  console.error('usage: node published-session-log-server.js <ECGridOS-published.wsdl> <sessions.json>');
  process.exit(2);
}
const SERVICE_PATH = '/v4.1/prod/ECGridOS.asmx';
const wsdlXml = fs.readFileSync(wsdlPath, 'utf8');
const data = JSON.parse(fs.readFileSync(sessionsPath, 'utf8'));

/** The same fault as session-log-server.js: a SOAP 1.1 fault has a faultcode key, a 1.2 one not. */
function authenticationFault(soap12) {
  const detail = { ECGridOSSOAPErrorCode: 'Authentication' };
  const fault = soap12
    ? { Code: { Value: 'soap:Sender' }, Reason: { Text: 'Authentication failed.' }, Detail: detail }
    : { faultcode: 'soap:Client', faultstring: 'Authentication failed.', detail: detail };
  return { Fault: { ...fault, statusCode: 500 } };
}

/**
 * An xs:dateTime's instant in milliseconds, for the window filter only (the records go out as
 * text). Without an offset the contract means UTC; JavaScript's Date takes at most 3 digits.
 */
function millis(text) {
  const [, base, fraction = '', zone = 'Z'] = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?$/.exec(text) || [];
  const value = Date.parse(base + fraction.slice(0, 4) + zone);
  if (Number.isNaN(value)) {
    throw new Error('not an xs:dateTime: ' + text);
  }
  return value;
}

/** A record as node soap should write it: Events is an ArrayOfSessionEvents of SessionEvents. */
function sessionLogInfo(record) {
  const { Events, ...fields } = record;
  return Events === undefined ? fields : { ...fields, Events: { SessionEvents: Events } };
}

function sessionLogService(soap12) {
  function sessionsOf(SessionID) {
    if (SessionID !== data.sessionId) {
      throw authenticationFault(soap12);
    }
    return data.sessions;
  }
  function SessionLog({ SessionID, MaxRecords }) {
    const owned = sessionsOf(SessionID).filter((r) => r.UserID === data.sessionUserId);
    return { SessionLogResult: { SessionLogInfo: owned.slice(0, Number(MaxRecords)).map(sessionLogInfo) } };
  }
  function SessionLogEx({ SessionID, UserID, StartTime, EndTime, MaxRecords }) {
    const from = millis(StartTime);
    const to = millis(EndTime);
    const found = sessionsOf(SessionID).filter((r) => r.UserID === Number(UserID)
      && millis(r.StartTime) >= from && millis(r.StartTime) < to);
    return { SessionLogExResult: { SessionLogInfo: found.slice(0, Number(MaxRecords)).map(sessionLogInfo) } };
  }
  function SessionLogCurrent({ SessionID }) {
    const current = sessionsOf(SessionID).find((r) => r.UserID === data.sessionUserId && r.Status === 'Open');
    return current ? { SessionLogCurrentResult: sessionLogInfo(current) } : {};
  }
  const port = { SessionLog, SessionLogEx, SessionLogCurrent };
  return { ECGridOS_x0020_API_x0020_v4: { ECGridOS_x0020_API_x0020_v4Soap: port, ECGridOS_x0020_API_x0020_v4Soap12: port } };
}

/**
 * One node soap server per SOAP version, chosen by the request's Content-Type, for the reason
 * session-log-server.js gives: node soap writes every envelope in the version its
 * forceSoap12Headers option names. Timestamps in requests stay text (customDeserializer), so
 * the window filter sees what the client sent.
 */
function soapServer(httpServer, soap12) {
  const front = new EventEmitter();
  front.address = () => httpServer.address();
  return new Promise((resolve, reject) => {
    soap.listen(front, {
      path: SERVICE_PATH,
      xml: wsdlXml,
      services: sessionLogService(soap12),
      forceSoap12Headers: soap12,
      customDeserializer: { dateTime: (text) => text },
      callback: (err) => (err ? reject(err) : resolve(front)),
    });
  });
}

async function main() {
  const httpServer = http.createServer();
  const soap11 = await soapServer(httpServer, false);
  const soap12 = await soapServer(httpServer, true);
  httpServer.on('request', (req, res) => {
    const soap12Request = /^application\/soap\+xml/i.test(req.headers['content-type'] || '');
    (soap12Request ? soap12 : soap11).emit('request', req, res);
  });
  httpServer.listen(0, '127.0.0.1', () => {
    process.stdout.write('PORT ' + httpServer.address().port + '\n');
  });
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
