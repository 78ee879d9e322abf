package com.serviceportal.browser;

import com.serviceportal.it.DemoData;
import com.serviceportal.knowledge.ArticleForm;
import com.serviceportal.knowledge.ArticleState;
import com.serviceportal.knowledge.KnowledgeService;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only helper of {@link KnowledgeBrowserIT}: {@code /shelve?category=…&articles=N} publishes N
 * articles for every customer in the category, titled after it, as the technician, answering their ids;
 * {@code /archive?ids=…} takes them away from readers again.
 */
@WebServlet("/it/knowledge-shelf/*")
public class KnowledgeBrowserITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient KnowledgeService knowledge;

    @Inject
    private transient Caller caller;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        caller.signIn(DemoData.accountId(DemoData.TECHNICIAN));
        String answer;
        switch (String.valueOf(request.getPathInfo())) {
            case "/shelve" -> {
                List<String> ids = new ArrayList<>();
                int articles = Integer.parseInt(request.getParameter("articles"));
                for (int i = 1; i <= articles; i++) {
                    ArticleForm form = new ArticleForm();
                    form.setTitle(request.getParameter("category") + " article " + i);
                    form.setCategory(request.getParameter("category"));
                    form.setProblem("<p>One of many in its category.</p>");
                    ids.add(Long.toString(knowledge.saveArticle(form, ArticleState.PUBLISHED)));
                }
                answer = String.join(",", ids);
            }
            case "/archive" -> {
                for (String id : request.getParameter("ids").split(",")) {
                    long article = Long.parseLong(id);
                    knowledge.archive(article, knowledge.articleForm(article).getVersion());
                }
                answer = "archived";
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().append(answer);
    }
}
