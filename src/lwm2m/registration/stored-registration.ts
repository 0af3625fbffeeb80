import type { Peer, PeerIdentity } from '../../net/datagram.js';
import { sharedFormatList, sharedObjectList } from './interning.js';
import type { MutableRegistration, Registration } from './registration.js';
import type { StoredIdentity, StoredPeer, StoredRegistration } from './state-store.js';

/** Conversions between live registrations and their stored (JSON-able) form. */

function storedIdentity(id: PeerIdentity): StoredIdentity {
  switch (id.kind) {
    case 'psk':
      return { kind: 'psk', identity: id.identity };
    case 'rpk':
      return { kind: 'rpk', publicKey: id.publicKey.toString('base64') };
    case 'x509':
      // Whether the chain verified against the trust store decides how the device is looked up
      // again after a restart (by CN, or by the certificate itself).
      return { kind: 'x509', certificate: id.certificate.toString('base64'), commonName: id.commonName, ...(id.trusted === undefined ? {} : { trusted: id.trusted }) };
  }
}

export function identityFromStored(id: StoredIdentity): PeerIdentity {
  switch (id.kind) {
    case 'psk':
      return { kind: 'psk', identity: id.identity };
    case 'rpk':
      return { kind: 'rpk', publicKey: Buffer.from(id.publicKey, 'base64') };
    case 'x509':
      return { kind: 'x509', certificate: Buffer.from(id.certificate, 'base64'), commonName: id.commonName, ...(id.trusted === undefined ? {} : { trusted: id.trusted }) };
  }
}

export function toStoredPeer(peer: Peer): StoredPeer {
  const base = { address: peer.address, port: peer.port, secure: peer.secure };
  return peer.identity === undefined ? base : { ...base, identity: storedIdentity(peer.identity) };
}

/**
 * A stand-in Peer for a stored registration whose transport peer did not survive the restart
 * (a DTLS session: the client must handshake again). Datagrams to it go nowhere (transports
 * drop what is addressed to peers they do not own), so requests to the client time out until
 * it speaks again. Its identity is the stored one, so the client's next Update from its new
 * session passes the same-identity check and moves the registration (and its observations)
 * to the new Peer; a client that registers again instead simply replaces it.
 */
export function detachedPeer(stored: StoredPeer, endpoint: string): Peer {
  const base = { key: `detached:${endpoint}`, address: stored.address, port: stored.port, secure: stored.secure };
  return stored.identity === undefined ? base : { ...base, identity: identityFromStored(stored.identity) };
}

export function toStoredRegistration(reg: Registration): StoredRegistration {
  const out: { -readonly [K in keyof StoredRegistration]: StoredRegistration[K] } = {
    id: reg.id,
    endpoint: reg.endpoint,
    peer: toStoredPeer(reg.peer),
    lifetimeSec: reg.lifetimeSec,
    lwm2mVersion: reg.lwm2mVersion,
    binding: reg.binding,
    queueMode: reg.queueMode,
    rootPath: reg.rootPath,
    objects: reg.objects.map((o) => ({ id: o.id, version: o.version, instances: [...o.instances] })),
    registeredAt: reg.registeredAt,
    updatedAt: reg.updatedAt,
    expiresAt: reg.expiresAt,
  };
  if (reg.sms !== undefined) out.sms = reg.sms;
  if (reg.contentFormats !== undefined) out.contentFormats = [...reg.contentFormats];
  return out;
}

/**
 * A live registration from its stored form and the transport's Peer for it. The object and
 * format lists go through the same interning as fresh registrations, so a restored
 * registration is as small as one made by a Register. lastSeenAt is the restore time.
 */
export function fromStoredRegistration(s: StoredRegistration, peer: Peer, now: number): MutableRegistration {
  const reg: MutableRegistration = {
    id: s.id,
    endpoint: s.endpoint,
    peer,
    lifetimeSec: s.lifetimeSec,
    lwm2mVersion: s.lwm2mVersion,
    binding: s.binding,
    queueMode: s.queueMode,
    rootPath: s.rootPath,
    objects: sharedObjectList(s.objects),
    registeredAt: s.registeredAt,
    updatedAt: s.updatedAt,
    expiresAt: s.expiresAt,
    lastSeenAt: now,
  };
  if (s.sms !== undefined) reg.sms = s.sms;
  if (s.contentFormats !== undefined) reg.contentFormats = sharedFormatList(s.contentFormats);
  return reg;
}
