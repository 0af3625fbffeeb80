'use strict';
// node-dtls-client uses node:crypto's native CCM/GCM on Node >= 10; this module is never used.
throw new Error('node-aead-crypto stand-in: not needed on Node >= 10');
