package org.petrobench.ui.plot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Minimal PNG writer (RGBA, 8 bit, filter 0) for rasters embedded in SVG files, so that SVG
 * export needs no display (PNG specification, ISO/IEC 15948:2003, §5 and §11).
 */
final class PngEncoder {

    private PngEncoder() {
    }

    /** @param argb row-major pixels 0xAARRGGBB */
    static byte[] encode(int[] argb, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            writeInt(header, width);
            writeInt(header, height);
            header.write(new byte[] { 8, 6, 0, 0, 0 });
            chunk(out, "IHDR", header.toByteArray());
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
                byte[] row = new byte[1 + 4 * width];
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        int p = argb[y * width + x];
                        row[1 + 4 * x] = (byte) (p >>> 16);
                        row[2 + 4 * x] = (byte) (p >>> 8);
                        row[3 + 4 * x] = (byte) p;
                        row[4 + 4 * x] = (byte) (p >>> 24);
                    }
                    z.write(row);
                }
            }
            chunk(out, "IDAT", raw.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        writeInt(out, data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        writeInt(out, (int) crc.getValue());
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
