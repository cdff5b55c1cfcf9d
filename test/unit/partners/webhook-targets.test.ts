import { checkedAddress, isPublicAddress, targetProblem, type Resolve } from '../../../functions/core/partners/webhook-targets';

const CLOUD = { allowLocalHttp: false };
const LOCAL = { allowLocalHttp: true };

/** A resolver that answers from a table, as DNS would at delivery time. */
const resolver = (answers: Record<string, string[]>): Resolve & { asked: string[] } => {
  const asked: string[] = [];
  const resolve = async (host: string) => {
    asked.push(host);
    return (answers[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { asked });
};

describe('which addresses a webhook may be posted to', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'IPv6 loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'the metadata service (link-local)'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'IPv6 link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['fd00:ec2::254', 'the IPv6 metadata service (unique-local)'],
    ['fc00::1', 'unique-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'IPv6 unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'IPv6 multicast'],
    ['192.0.2.1', 'documentation (reserved)'],
    ['240.0.0.1', 'reserved'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped metadata service'],
    ['2002:7f00:1::', '6to4 embedding 127.0.0.1'],
    ['64:ff9b::a00:1', 'NAT64 embedding 10.0.0.1'],
    ['2001:0:7f00:1::', 'Teredo'],
    ['::7f00:1', 'IPv4-compatible loopback (how the URL parser writes [::127.0.0.1])'],
    ['::a9fe:a9fe', 'IPv4-compatible metadata service'],
    ['100:0:0:1::1', 'outside the global unicast block'],
    ['not-an-address', 'not an address'],
  ])('refuses %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700::6810:84e5', '::ffff:8.8.8.8'])('allows the public address %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('registering a webhook URL', () => {
  const problem = (url: string, policy = CLOUD) => targetProblem(new URL(url), policy);

  it('takes https to a public host name or address', () => {
    expect(problem('https://hooks.partner.example/complaints')).toBeUndefined();
    expect(problem('https://8.8.8.8/h')).toBeUndefined();
  });

  it.each(['https://127.0.0.1/h', 'https://[::1]/h', 'https://[::ffff:127.0.0.1]/h', 'https://0x7f000001/h', 'https://100.64.0.1/h', 'https://[fd00:ec2::254]/h', 'https://localhost/h', 'https://a.localhost/h', 'https://0.0.0.0/h', 'https://[::]/h', 'https://[::127.0.0.1]/h'])(
    'refuses the internal host of %s',
    (url) => {
      expect(problem(url)).toMatch(/internal address/);
    },
  );

  it('allows http only to exactly 127.0.0.1 or localhost, and only in the local stack', () => {
    expect(problem('http://127.0.0.1:9000/h', LOCAL)).toBeUndefined();
    expect(problem('http://localhost:9000/h', LOCAL)).toBeUndefined();
    for (const url of ['http://10.0.0.1/h', 'http://127.0.0.2/h', 'http://[::1]/h', 'http://partner.example/h']) expect(problem(url, LOCAL)).toMatch(/must be https/);
    expect(problem('http://127.0.0.1:9000/h', CLOUD)).toMatch(/must be https/);
  });

  it('no longer lets the local stack post https to internal addresses', () => {
    for (const url of ['https://10.0.0.1/h', 'https://127.0.0.1/h', 'https://169.254.169.254/latest']) expect(problem(url, LOCAL)).toMatch(/internal address/);
  });
});

describe('checking the target again at delivery', () => {
  it('refuses a host name that now resolves to a loopback address', async () => {
    const resolve = resolver({ 'hooks.partner.example': ['127.0.0.1'] });
    await expect(checkedAddress('https://hooks.partner.example/h', CLOUD, resolve)).rejects.toMatchObject({ name: 'WebhookTargetRefused' });
    expect(resolve.asked).toEqual(['hooks.partner.example']);
  });

  it('refuses a host name with one internal address among public ones, and one that does not resolve', async () => {
    await expect(checkedAddress('https://mixed.example/h', CLOUD, resolver({ 'mixed.example': ['8.8.8.8', '::ffff:169.254.169.254'] }))).rejects.toMatchObject({ name: 'WebhookTargetRefused' });
    await expect(checkedAddress('https://gone.example/h', CLOUD, resolver({}))).rejects.toMatchObject({ name: 'WebhookTargetRefused' });
  });

  it('answers the checked public address, IPv4 first, for the connection', async () => {
    const checked = await checkedAddress('https://hooks.partner.example/h', CLOUD, resolver({ 'hooks.partner.example': ['2606:4700::6810:84e5', '93.184.215.14'] }));
    expect(checked.address).toEqual({ address: '93.184.215.14', family: 4 });
    expect(checked.url.hostname).toBe('hooks.partner.example');
  });

  it('does not resolve a literal address, and refuses an internal one', async () => {
    const resolve = resolver({});
    expect((await checkedAddress('https://8.8.8.8/h', CLOUD, resolve)).address).toEqual({ address: '8.8.8.8', family: 4 });
    await expect(checkedAddress('https://[::ffff:7f00:1]/h', CLOUD, resolve)).rejects.toMatchObject({ name: 'WebhookTargetRefused' });
    expect(resolve.asked).toEqual([]);
  });

  it('in the local stack posts to http://127.0.0.1 and to localhost only when it resolves to loopback, never to 10.0.0.1 or 127.0.0.2', async () => {
    expect((await checkedAddress('http://127.0.0.1:9000/h', LOCAL, resolver({}))).address).toEqual({ address: '127.0.0.1', family: 4 });
    expect((await checkedAddress('http://localhost:9000/h', LOCAL, resolver({ localhost: ['::1', '127.0.0.1'] }))).address).toEqual({ address: '127.0.0.1', family: 4 });
    await expect(checkedAddress('http://localhost:9000/h', LOCAL, resolver({ localhost: ['10.0.0.1'] }))).rejects.toMatchObject({ name: 'WebhookTargetRefused' });
    for (const url of ['http://10.0.0.1/h', 'http://127.0.0.2/h', 'https://10.0.0.1/h']) {
      await expect(checkedAddress(url, LOCAL, resolver({}))).rejects.toMatchObject({ name: 'WebhookTargetRefused' });
    }
  });

  it('refuses http://127.0.0.1 outside the local stack', async () => {
    await expect(checkedAddress('http://127.0.0.1:9000/h', CLOUD, resolver({}))).rejects.toMatchObject({ name: 'WebhookTargetRefused' });
  });
});
