package com.serviceportal.web;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The scripts, stylesheets and views a page names, looked up once (faces-config.xml). Faces looks
 * each one up again on every page, and every lookup first asks the message bundle for a locale
 * prefix, which the portal does not use: the missing key throws an exception each time. A deployed
 * application's resources never change, so in production the first answer is kept; resource
 * requests themselves (the browser fetching the file) still go the whole way.
 */
public class FoundResources extends ResourceHandlerWrapper {

    private final ConcurrentMap<String, Resource> resources = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ViewResource> views = new ConcurrentHashMap<>();

    public FoundResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!kept(context)) {
            return super.createResource(resourceName, libraryName);
        }
        return once(resources, libraryName + '/' + resourceName, () -> super.createResource(resourceName, libraryName));
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (!kept(context)) {
            return super.createViewResource(context, resourceName);
        }
        return once(views, resourceName, () -> super.createViewResource(context, resourceName));
    }

    /** The answer kept for the key, else the lookup's, kept when something was found. */
    private static <T> T once(ConcurrentMap<String, T> kept, String key, Supplier<T> lookup) {
        T found = kept.get(key);
        if (found == null) {
            found = lookup.get();
            if (found != null) {
                kept.putIfAbsent(key, found);
            }
        }
        return found;
    }

    private boolean kept(FacesContext context) {
        // not while the application starts (no request yet), nor while developing
        return context != null
                && context.getExternalContext().getRequest() != null
                && context.isProjectStage(ProjectStage.Production)
                && !getWrapped().isResourceRequest(context);
    }
}
