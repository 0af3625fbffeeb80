/** Plain counters of the message layer, read by metrics and tests. Mutated in place (hot path). */
export interface CoapCounters {
  /** Datagrams handed to the layer. */
  received: number;
  /** Datagrams that are not valid CoAP (RFC 7252 §3 format errors). */
  parseErrors: number;
  /** Messages refused for an unrecognised critical option (§5.4.1): requests get 4.02 (CON) or are dropped (NON), responses are rejected. */
  badOptions: number;
  /** Inbound duplicates (§4.5) answered from the cache or ignored. */
  duplicates: number;
  /** Retransmissions of our CON messages. */
  retransmissions: number;
  /** CON messages that got no ACK after MAX_RETRANSMIT, and requests whose deadline passed. */
  timeouts: number;
  /** RST messages received. */
  resets: number;
  /** RST messages we sent (unknown notifications, unexpected messages). */
  resetsSent: number;
  /** Requests passed to the request handler. */
  requestsHandled: number;
  /** Requests answered with an empty ACK first and a separate response later (RFC 7252 §5.2.2). */
  separateResponses: number;
  /** Request handler exceptions turned into 5.00. */
  handlerErrors: number;
  /** Notifications delivered to observers. */
  notifications: number;
  /** Notifications dropped as older than the last one (RFC 7641 §3.4). */
  staleNotifications: number;
  /** Responses and ACKs that matched nothing we sent. */
  unmatched: number;
  /** Block1 uploads refused (4.08 out of order, 4.13 too large, too many concurrent). */
  blockErrors: number;
  /** Inbound messages ignored by rule (reserved codes, responses as requests, ...). */
  ignored: number;
  /** transport.send() throwing. */
  sendErrors: number;
  /** Exceptions caught at the datagram handler's edge (a bug somewhere below it). */
  internalErrors: number;
}

export function newCounters(): CoapCounters {
  return {
    received: 0,
    parseErrors: 0,
    badOptions: 0,
    duplicates: 0,
    retransmissions: 0,
    timeouts: 0,
    resets: 0,
    resetsSent: 0,
    requestsHandled: 0,
    separateResponses: 0,
    handlerErrors: 0,
    notifications: 0,
    staleNotifications: 0,
    unmatched: 0,
    blockErrors: 0,
    ignored: 0,
    sendErrors: 0,
    internalErrors: 0,
  };
}
