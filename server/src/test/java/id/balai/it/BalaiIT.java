package id.balai.it;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.specification.RequestSpecification;

/**
 * An integration test against the real war, deployed by Arquillian into the managed `it` Liberty server with its
 * embedded PostgreSQL; tests call it over HTTP as a client would.
 */
@ExtendWith(ArquillianExtension.class)
abstract class BalaiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.balai();
    }

    @ArquillianResource
    URL base;

    RequestSpecification api() {
        return Api.at(base);
    }

    Officers officers() {
        return new Officers(this::api);
    }
}
