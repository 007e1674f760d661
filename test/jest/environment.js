// jest runs each test file in its own vm context, whose built-ins (Object, Array, the typed arrays, JSON) are
// not Node's. Values made by Node itself (Buffer, TextEncoder, fetch's Response.json(), crypto) then come from
// the outer realm, and libraries that check `instanceof Uint8Array` (jose: "payload must be an instance of
// Uint8Array") or node:assert's strict deep equality (which compares prototypes) see two different worlds.
// This environment gives the test file Node's binary types and makes fetch's JSON bodies the test's own objects.
import { TestEnvironment } from 'jest-environment-node';

/** Node's binary types, shared with the context (jest itself shares Buffer, ArrayBuffer and Uint8Array). */
const SHARED = [
  'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Uint8Array', 'Uint8ClampedArray', 'Int8Array', 'Uint16Array',
  'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigUint64Array', 'BigInt64Array',
  'Buffer', 'TextEncoder', 'TextDecoder', 'Blob',
];

export default class FederationTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const sandbox = this.global;
    for (const name of SHARED) if (name in globalThis) sandbox[name] = globalThis[name];
    // Response.json() parses with Node's JSON: objects whose prototype is not the test's Object.prototype, so
    // assert.deepStrictEqual(await response.json(), { … }) would fail on equal values. Parse in the context.
    const nodeFetch = globalThis.fetch;
    const contextJson = sandbox.JSON;
    sandbox.fetch = async function fetch(input, init) {
      const response = await nodeFetch(input, init);
      Object.defineProperty(response, 'json', {
        configurable: true,
        writable: true,
        value: async () => contextJson.parse(await response.text()),
      });
      return response;
    };
  }
}
