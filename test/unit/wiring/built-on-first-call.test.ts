import { builtOnFirstCall } from '../../../functions/wiring/lazy';

interface Greeter {
  greet(name: string): Promise<string>;
  count(): Promise<number>;
}

describe('a port built on its first call', () => {
  it('builds nothing until a method is called, then builds once and answers every call through it', async () => {
    let builds = 0;
    const greeter = builtOnFirstCall<Greeter>(
      async () => {
        builds += 1;
        let calls = 0;
        return { greet: async (name) => `hello ${name} (${++calls})`, count: async () => calls };
      },
      { greet: true, count: true },
    );
    expect(builds).toBe(0);
    expect(await Promise.all([greeter.greet('a'), greeter.greet('b')])).toEqual(['hello a (1)', 'hello b (2)']);
    expect(await greeter.count()).toBe(2);
    expect(builds).toBe(1);
  });

  it('reports a failed build to the caller and tries again on the next call', async () => {
    let attempts = 0;
    const greeter = builtOnFirstCall<Greeter>(
      async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('the package did not load');
        return { greet: async (name) => `hello ${name}`, count: async () => 0 };
      },
      { greet: true, count: true },
    );
    await expect(greeter.greet('a')).rejects.toThrow('the package did not load');
    await expect(greeter.greet('b')).resolves.toBe('hello b');
    expect(attempts).toBe(2);
  });
});
