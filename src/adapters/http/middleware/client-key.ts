import { isIPv4, isIPv6 } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's IP: the socket address, or with `trustProxy` = n > 0 the n-th X-Forwarded-For hop
 * from the right (the address the outermost trusted proxy saw). With fewer hops than that the
 * leftmost is used, so a short header cannot fall back to the proxy's own address.
 */
export function clientIp(c: Context, trustProxy: number): string {
  if (trustProxy > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    const hop = hops[Math.max(0, hops.length - trustProxy)];
    if (hop) return hop;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}

/**
 * What one client's budget is keyed on: an IPv4 address, or the /64 network of an IPv6 address
 * (one subscriber usually holds a whole /64, so per-address budgets could be multiplied at will).
 * IPv4-mapped IPv6 addresses count as their IPv4 address. Anything else is used as it is.
 */
export function clientKey(ip: string): string {
  return networkKey(ip, 64);
}

/**
 * The IPv6 network of `bits` (64 or 48) an address belongs to, e.g. `2001:db8:1::/48`; IPv4
 * addresses (mapped or not) and anything that is not an IPv6 address stay as they are.
 */
export function networkKey(ip: string, bits: 48 | 64): string {
  const address = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (!isIPv6(address) || address.includes('.')) return address;
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') && tail ? tail.split(':') : [];
  const zeros = Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  const groups = [...headGroups, ...zeros, ...tailGroups].slice(0, bits / 16);
  return `${groups.map((group) => parseInt(group, 16).toString(16)).join(':')}::/${bits}`;
}

/** True for an IPv6 address that is not an IPv4 one in disguise: only those have a /48. */
export function isIPv6Network(ip: string): boolean {
  return networkKey(ip, 64).endsWith('::/64');
}
