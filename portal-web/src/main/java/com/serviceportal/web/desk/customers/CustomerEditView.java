package com.serviceportal.web.desk.customers;

import com.serviceportal.customers.Countries;
import com.serviceportal.customers.CustomerChoices;
import com.serviceportal.customers.CustomerForm;
import com.serviceportal.customers.CustomerFormException;
import com.serviceportal.customers.CustomerService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.AddressProblems;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A company's or site's page and form ({@code /desk/customers/edit.xhtml}): {@code ?id=} for an
 * existing one, {@code ?company=} for a new site of that company, neither for a new company. A save
 * refused because someone else changed the customer meanwhile keeps what was typed, beside the
 * customer as it now stands, and takes its version so that saving again works.
 */
@Named
@ViewScoped
public class CustomerEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A problem of the form → the id of the field it concerns. */
    private static final Map<String, String> PROBLEM_FIELDS = problemFields();

    private static Map<String, String> problemFields() {
        Map<String, String> fields = new HashMap<>(AddressProblems.FIELDS);
        fields.put("customer.error.required.accountNumber", "accountNumber");
        fields.put("customer.error.tooLong.accountNumber", "accountNumber");
        fields.put("customer.error.accountNumberTaken", "accountNumber");
        fields.put("customer.error.required.name", "name");
        fields.put("customer.error.tooLong.name", "name");
        fields.put("customer.error.tooLong.category", "category");
        fields.put("customer.error.companyRequired", "companyChoice");
        fields.put("customer.error.companyIsSite", "companyChoice");
        fields.put("customer.error.accountManager", "accountManager");
        return Map.copyOf(fields);
    }

    @Inject
    private CustomerService customers;

    @Inject
    private Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private FacesContext faces;

    private Long id;
    private Long company;
    private CustomerForm form;
    private CustomerChoices choices;
    private List<Countries.Country> countries;
    private List<Difference> differences = List.of();

    public void load() {
        try {
            if (id != null) {
                form = customers.formFor(id);
            } else if (company != null) {
                form = customers.newSite(company);
            } else {
                form = customers.newCompany();
            }
            choices = customers.choices(form.isSite() ? null : form.getId());
            countries = Countries.all(faces.getViewRoot().getLocale());
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public String save() {
        try {
            long saved = customers.save(form);
            feedback.info("customer.saved", form.getName());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/desk/customers/edit?faces-redirect=true&id=" + saved;
        } catch (CustomerFormException e) {
            feedback.error(e);
            feedback.errorsBeside(e.getProblems(), PROBLEM_FIELDS);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            CustomerForm current = customers.formFor(form.getId());
            differences = form.differencesFrom(current, choices);
            form.rebaseOn(current);
        } catch (BusinessException e) {
            feedback.error(e);
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCompany() {
        return company;
    }

    public void setCompany(Long company) {
        this.company = company;
    }

    public CustomerForm getForm() {
        return form;
    }

    public CustomerChoices getChoices() {
        return choices;
    }

    public List<Countries.Country> getCountries() {
        return countries;
    }

    /** After a refused save: what the customer now holds where it differs from the form. */
    public List<Difference> getDifferences() {
        return differences;
    }
}
