// Small numeric helpers the bench's measurements share.
import { brotliCompressSync, constants } from 'node:zlib';

export function median(values) {
  return quantile(values, 0.5);
}

// The q quantile, interpolated between the two nearest samples.
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export function round(value, digits = 1) {
  return Number(value.toFixed(digits));
}

// Bytes after brotli at its best quality (11), what a static host serves precompressed.
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}
