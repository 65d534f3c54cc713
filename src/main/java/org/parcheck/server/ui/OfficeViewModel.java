package org.parcheck.server.ui;

import org.parcheck.common.i18n.Messages;
import org.parcheck.server.ServerAccount;
import org.parcheck.server.ServerAddress;

/**
 * The office-mode window (#17): which server and which account it works on, said in a banner that stays on screen,
 * and what cannot be done here.
 */
public final class OfficeViewModel {

    private final ServerAddress address;
    private final ServerAccount account;
    private final Messages messages;

    public OfficeViewModel(ServerAddress address, ServerAccount account, Messages messages) {
        this.address = address;
        this.account = account;
        this.messages = messages;
    }

    /** "Chế độ văn phòng — máy chủ db.example/parcheck, tài khoản Nguyễn Thị Lan (Văn phòng cải cách hành chính)". */
    public String bannerText() {
        return messages.get("server.office.banner", address.host(), address.database(), account.fullName(),
                messages.get("server.office.kind." + account.kind().name()));
    }

    /** What office mode does not do, and where to do it. */
    public String limitsText() {
        return messages.get("server.office.limits");
    }

    /** The window's title. */
    public String title() {
        return messages.get("server.office.windowTitle", address.host(), address.database());
    }

    /** Said when a visit is asked to open for answering in office mode. */
    public String noAnsweringText() {
        return messages.get("server.office.noAnswering");
    }
}
