/**
 * Whole numbers in shared memory, which a pool thread reads without a copy: `length` of them, in a
 * buffer `room` times as long (room to append to in place, see slice.ts), never of 0 bytes.
 */
export const sharedInts = (length: number, room = 1): Int32Array => new Int32Array(new SharedArrayBuffer(4 * Math.max(1, Math.ceil(length * room))), 0, length);
