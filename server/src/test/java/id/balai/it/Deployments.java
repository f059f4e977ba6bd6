package id.balai.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests deploy: the real war that the build produced (front end included), not a
 * hand-picked list of classes, so that they test what ships.
 */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive balai() {
        File war = new File(System.getProperty("balai.war", "target/balai.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the war first (mvn verify): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "balai.war").importFrom(war).as(WebArchive.class);
    }
}
