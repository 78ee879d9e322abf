package com.serviceportal.web.desk.equipment;

import com.serviceportal.equipment.EquipmentDetails;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * One item for the desk ({@code /desk/equipment/item.xhtml?id=…}): what the customer sees of it,
 * its history of moves, and moving it to another site of its company.
 */
@Named
@ViewScoped
public class DeskEquipmentItemView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EquipmentService equipment;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private Feedback feedback;

    private Long id;
    private EquipmentDetails details;
    private List<Choice> moveTargets = List.of();
    private Long moveTo;

    @Size(max = 1000)
    private String moveNote;

    public void load() {
        try {
            if (id == null) {
                throw new NotFoundException();
            }
            show();
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public void move() {
        try {
            equipment.move(id, moveTo == null ? 0 : moveTo, moveNote);
            moveTo = null;
            moveNote = null;
            show();
            feedback.info("equipment.moved", details.getItem().getSite());
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    private void show() {
        details = equipment.get(id);
        moveTargets = equipment.moveTargets(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EquipmentDetails getDetails() {
        return details;
    }

    public List<Choice> getMoveTargets() {
        return moveTargets;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }

    public String getMoveNote() {
        return moveNote;
    }

    public void setMoveNote(String moveNote) {
        this.moveNote = moveNote;
    }
}
