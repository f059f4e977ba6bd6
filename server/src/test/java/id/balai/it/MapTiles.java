package id.balai.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * The local fixture for map tiles in the browser tests: one 256x256 PNG (a pale ground with a grid, so a screenshot
 * shows where tiles were drawn), answered for every tile the maps ask the tile host for.
 */
final class MapTiles {
    static final byte[] TILE = draw();

    private MapTiles() {
    }

    private static byte[] draw() {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(236, 233, 222));
        g.fillRect(0, 0, 256, 256);
        g.setColor(new Color(200, 196, 180));
        for (int i = 0; i < 256; i += 64) {
            g.drawLine(i, 0, i, 255);
            g.drawLine(0, i, 255, i);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
