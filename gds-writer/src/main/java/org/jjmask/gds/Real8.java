package org.jjmask.gds;

/**
 * GDSII eight-byte real: excess-64, base-16 exponent and a 56-bit mantissa (not IEEE 754).
 *
 * <p>Every normal double inside the real8 range encodes exactly, because 53 significant bits
 * shifted by at most three places still fit the 56-bit mantissa; that is why {@link #encode}
 * never has to round except when the value lies below the smallest normalised real8. Decoding
 * rounds the 56-bit mantissa to the nearest double (ties to even), a relative error of at most
 * 2<sup>-53</sup>.
 */
public final class Real8 {

    private static final long MANTISSA_MASK = 0x00FF_FFFF_FFFF_FFFFL;
    private static final int MAX_EXPONENT = 63;
    private static final int MIN_EXPONENT = -64;

    private Real8() {
    }

    /**
     * Encodes a double as the eight real8 bytes packed big-endian into a long.
     *
     * @throws IllegalArgumentException for NaN, infinities and magnitudes of 16<sup>63</sup> or more
     */
    public static long encode(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("real8 cannot hold " + value);
        }
        if (value == 0.0) {
            return 0L;
        }
        long sign = value < 0 ? 0x8000_0000_0000_0000L : 0L;
        long bits = Double.doubleToRawLongBits(Math.abs(value));
        int biased = (int) (bits >>> 52);
        long significand = bits & 0x000F_FFFF_FFFF_FFFFL;
        int k; // value == significand * 2^k, significand with hidden bit where present
        if (biased == 0) {
            // subnormal double: far below the real8 range, but normalise it the same way
            int shift = Long.numberOfLeadingZeros(significand) - 11;
            significand <<= shift;
            k = -1074 - shift;
        } else {
            significand |= 1L << 52;
            k = biased - 1075;
        }
        // want significand * 2^k == M * 2^(4E - 56) with 2^52 <= M < 2^56
        int s = Math.floorMod(k + 56, 4);
        int exponent = (k + 56 - s) / 4;
        long mantissa = significand << s;
        if (exponent > MAX_EXPONENT) {
            throw new IllegalArgumentException("real8 overflow: " + value);
        }
        if (exponent < MIN_EXPONENT) {
            int drop = 4 * (MIN_EXPONENT - exponent);
            mantissa = drop >= 63 ? 0 : shiftRightRoundingHalfEven(mantissa, drop);
            exponent = MIN_EXPONENT;
            if (mantissa == 0) {
                return 0L;
            }
        }
        return sign | ((long) (exponent + 64) << 56) | mantissa;
    }

    /** Decodes eight real8 bytes packed big-endian into a long. Never NaN or infinite. */
    public static double decode(long bits) {
        long mantissa = bits & MANTISSA_MASK;
        if (mantissa == 0) {
            return 0.0;
        }
        int exponent = (int) ((bits >>> 56) & 0x7F) - 64;
        // long -> double rounds to nearest even; the power-of-two scaling after it is exact
        // because every real8 magnitude lies well inside the normal double range
        double magnitude = Math.scalb((double) mantissa, 4 * exponent - 56);
        return bits < 0 ? -magnitude : magnitude;
    }

    /** The eight bytes of {@link #encode(double)}, most significant first. */
    public static byte[] encodeBytes(double value) {
        long bits = encode(value);
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (bits >>> (56 - 8 * i));
        }
        return out;
    }

    /** Decodes eight bytes starting at {@code offset}. */
    public static double decodeBytes(byte[] data, int offset) {
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (data[offset + i] & 0xFF);
        }
        return decode(bits);
    }

    private static long shiftRightRoundingHalfEven(long value, int shift) {
        long kept = value >>> shift;
        long remainder = value & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        if (remainder > half || (remainder == half && (kept & 1) == 1)) {
            kept++;
        }
        return kept;
    }
}
