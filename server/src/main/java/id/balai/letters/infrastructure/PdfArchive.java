package id.balai.letters.infrastructure;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes a laid-out letter a PDF/A-2b file (PDFBox): the fonts are embedded already by the layout; this adds the XMP
 * metadata that names the conformance (pdfaid:part 2, conformance B) with the title and dates of the document
 * information, the sRGB output intent (the profile the JDK carries), and the language. No validator runs here; the
 * checks the letters' tests make (embedded fonts, metadata, output intent) are named in docs/letters.md.
 */
final class PdfArchive {
    private PdfArchive() {
    }

    static byte[] toPdfA(byte[] pdf, String title, Instant created) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            Calendar when = GregorianCalendar.from(created.atZone(TimeZone.getTimeZone("UTC").toZoneId()));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Balai");
            info.setProducer("Balai");
            info.setCreationDate(when);
            info.setModificationDate(when);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp(title, created).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
            catalog.setLanguage("id-ID");
            PDOutputIntent intent = new PDOutputIntent(doc,
                    new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter could not be made PDF/A", e);
        }
    }

    private static String xmp(String title, Instant created) {
        String t = escape(title);
        String at = created.toString();
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>B</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:language><rdf:Bag><rdf:li>id-ID</rdf:li></rdf:Bag></dc:language>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                   <xmp:CreatorTool>Balai</xmp:CreatorTool>
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <xmp:ModifyDate>%s</xmp:ModifyDate>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <pdf:Producer>Balai</pdf:Producer>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(t, at, at);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
