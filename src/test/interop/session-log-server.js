'use strict';
/*
 * An ECGridOS SessionLog service written with node soap, for the Java client's interop tests
 * (NodeSoapServerInteropTest). Nothing here is ours but the service logic: node soap reads the
 * WSDL, parses the requests and writes the responses and faults.
 *
 * Usage: node session-log-server.js <ECGridOS.wsdl> <fixtures dir>
 * Listens on an ephemeral loopback port and prints "PORT <n>" on stdout once it accepts calls.
 * Exits when stdin closes, so that it never outlives the JVM that started it.
 *
 * The service: a SessionID names a fixture under <fixtures dir> (without ".xml"); the session's
 * log is that fixture's records. UserID 0 means all of them, another UserID only that user's;
 * MaxRecords caps the count. Any other SessionID gets the Authentication fault that ECGridOS
 * sends for an unknown or expired session (DESIGN.md section 2, second detail form).
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const { EventEmitter } = require('events');
const soap = require('soap');

const [wsdlPath, fixturesDir] = process.argv.slice(2);
if (!wsdlPath || !fixturesDir) {
  console.error('usage: node session-log-server.js <ECGridOS.wsdl> <fixtures dir>');
  process.exit(2);
}
const SERVICE_PATH = '/v4.1/prod/ECGridOS.asmx';
/** The fixtures whose records the service knows, one session each. */
const SESSION_FIXTURES = ['seed-example', 'offset-less-and-seven-digit-timestamps'];
const wsdlXml = fs.readFileSync(wsdlPath, 'utf8');

/**
 * The Authentication fault in the SOAP version's own shape: node soap writes a SOAP 1.1 fault when
 * it has a faultcode key, a SOAP 1.2 one otherwise. "soap" is the envelope prefix node soap uses.
 */
function authenticationFault(soap12) {
  const detail = { ECGridOSSOAPErrorCode: 'Authentication' };
  const fault = soap12
    ? { Code: { Value: 'soap:Sender' }, Reason: { Text: 'Authentication failed.' }, Detail: detail }
    : { faultcode: 'soap:Client', faultstring: 'Authentication failed.', detail: detail };
  return { Fault: { ...fault, statusCode: 500 } };
}

function sessionLogService(sessionLogs, soap12) {
  function SessionLog({ SessionID, UserID, MaxRecords }) {
    const records = sessionLogs.get(SessionID);
    if (!records) {
      throw authenticationFault(soap12);
    }
    const userId = Number(UserID);
    const owned = userId === 0 ? records : records.filter((r) => Number(r.UserID) === userId);
    return { SessionLogResult: { SessionIDInfo: owned.slice(0, Number(MaxRecords)) } };
  }
  // Both ports share one address, so node soap binds every request to the first port it finds
  // (ECGridOSSoap, in 1.13.0); naming both keeps the service from depending on that choice.
  const port = { SessionLog };
  return { ECGridOS: { ECGridOSSoap: port, ECGridOSSoap12: port } };
}

/**
 * One node soap server per SOAP version: node soap writes every response envelope in the version
 * its forceSoap12Headers option names, whatever version the request came in. Each listens on its
 * own emitter; the HTTP server hands a request to one of them by its Content-Type, as an .asmx
 * service serves both versions at one address.
 */
function soapServer(httpServer, sessionLogs, soap12) {
  const front = new EventEmitter();
  front.address = () => httpServer.address();
  return new Promise((resolve, reject) => {
    soap.listen(front, {
      path: SERVICE_PATH,
      xml: wsdlXml,
      services: sessionLogService(sessionLogs, soap12),
      forceSoap12Headers: soap12,
      callback: (err) => (err ? reject(err) : resolve(front)),
    });
  });
}

/**
 * The fixtures' records, read by node soap's own parser (a WSDL object of its own). Timestamps
 * stay text: a JavaScript Date has only milliseconds and reads an offset-less time in the local
 * zone, and the point is to send the client the fixture's exact values.
 */
function readSessionLogs() {
  const parser = new soap.WSDL(wsdlXml, wsdlPath, { customDeserializer: { dateTime: (text) => text } });
  return new Promise((resolve, reject) => {
    parser.onReady((err) => {
      if (err) {
        reject(err);
        return;
      }
      const sessionLogs = new Map();
      for (const name of SESSION_FIXTURES) {
        const xml = fs.readFileSync(path.join(fixturesDir, name + '.xml'), 'utf8');
        const result = parser.xmlToObject(xml).Body.SessionLogResponse.SessionLogResult;
        sessionLogs.set(name, [].concat(result.SessionIDInfo));
      }
      resolve(sessionLogs);
    });
  });
}

async function main() {
  const sessionLogs = await readSessionLogs();
  const httpServer = http.createServer();
  const soap11 = await soapServer(httpServer, sessionLogs, false);
  const soap12 = await soapServer(httpServer, sessionLogs, true);
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
