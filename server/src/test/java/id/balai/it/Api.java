package id.balai.it;

import java.net.URL;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** REST Assured against the deployed server. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification at(URL base) {
        String root = base.toString().replaceAll("/+$", "");
        return RestAssured.given().baseUri(root).urlEncodingEnabled(true);
    }
}
