/**
 * The raw ceiling: a no-op dgram receiver that only counts datagrams (DESIGN.md "Performance":
 * every figure is reported beside this one, measured in the same run).
 */
import dgram from 'node:dgram';
import { ready, serveParent } from './child.js';

const sock = dgram.createSocket({ type: 'udp4', recvBufferSize: 8 * 1024 * 1024 });
let count = 0;
sock.on('message', () => {
  count++;
});
sock.bind(0, '127.0.0.1', () => {
  serveParent({
    port: () => sock.address().port,
    count: () => count,
    reset: () => {
      count = 0;
      return 0;
    },
  });
  ready({ port: sock.address().port });
});
