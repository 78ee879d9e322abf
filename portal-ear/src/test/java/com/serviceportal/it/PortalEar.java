package com.serviceportal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR the build produced, with a test's own classes added to its web module. A run deploys it once,
 * with the classes of every test ({@link OnceDeployedPortal}).
 */
public final class PortalEar {

    static final String WEB_MODULE = "portal-web.war";

    private PortalEar() {}

    public static EnterpriseArchive withTestClasses(Class<?>... classes) {
        File built = new File(System.getProperty("portal.ear", "target/portal.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, built);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(classes);
        ear.delete(WEB_MODULE);
        return ear.addAsModule(web);
    }
}
