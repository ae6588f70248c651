package lv.ludza.openup.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the user who made it. */
public class RevisionUserListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).setUsername(Caller.name());
    }
}
