/**
 * Data: prefixes navies put before their ships' names ("USS Carney", "HMS Diamond"). A ship so
 * named is a unit of that state's armed forces: what it does, or what is done to it, is the
 * state's (an attack on a state's forces is an attack on the state). Merchant prefixes ("MV",
 * "MT") name commercially owned ships and are not here. Each maps to the state's common name in
 * the world-countries package and says where the prefix is documented.
 */
export interface ShipPrefix {
  prefix: string;
  /** The state's common name, as the reference gazetteer writes it. */
  state: string;
  source: string;
}

export const SHIP_PREFIXES: readonly ShipPrefix[] = [
  { prefix: 'USS', state: 'United States', source: 'Wikipedia, "Ship prefix": USS, United States Ship, commissioned ships of the US Navy' },
  { prefix: 'USNS', state: 'United States', source: 'Wikipedia, "Ship prefix": USNS, United States Naval Ship, Military Sealift Command' },
  { prefix: 'HMS', state: 'United Kingdom', source: 'Wikipedia, "Ship prefix": HMS, His/Her Majesty\'s Ship, Royal Navy' },
  { prefix: 'HMCS', state: 'Canada', source: 'Wikipedia, "Ship prefix": HMCS, His/Her Majesty\'s Canadian Ship, Royal Canadian Navy' },
  { prefix: 'HMAS', state: 'Australia', source: 'Wikipedia, "Ship prefix": HMAS, His/Her Majesty\'s Australian Ship, Royal Australian Navy' },
  { prefix: 'INS', state: 'India', source: 'Wikipedia, "Ship prefix": INS, Indian Naval Ship' },
  { prefix: 'RFS', state: 'Russia', source: 'Wikipedia, "Ship prefix": RFS, Russian Federation Ship' },
];
