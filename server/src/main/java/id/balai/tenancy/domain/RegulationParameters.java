package id.balai.tenancy.domain;

import java.time.LocalTime;
import java.util.List;

/**
 * A tenant's legal clocks and periods, each defaulting to the law's value (each with its clause in
 * tenants/schema/tenant.schema.json). A tenant file overrides any of them; a key it leaves out keeps the default.
 */
public record RegulationParameters(
        InformationRequest informationRequest,
        Objection objection,
        Dispute dispute,
        Complaint complaint,
        Digest digest,
        FiscalYear fiscalYear,
        Llid llid,
        Register register,
        Retention retention,
        Security security) {

    public RegulationParameters {
        informationRequest = informationRequest != null ? informationRequest
                : new InformationRequest(null, null, null, null);
        objection = objection != null ? objection : new Objection(null, null);
        dispute = dispute != null ? dispute : new Dispute(null, null, null);
        complaint = complaint != null ? complaint : new Complaint(null, null, null, null, null);
        digest = digest != null ? digest : new Digest(null, null);
        fiscalYear = fiscalYear != null ? fiscalYear : new FiscalYear(null);
        llid = llid != null ? llid : new Llid(null);
        register = register != null ? register : new Register(null, null);
        retention = retention != null ? retention : new Retention(null);
        security = security != null ? security : new Security(null);
    }

    public static RegulationParameters defaults() {
        return new RegulationParameters(null, null, null, null, null, null, null, null, null, null);
    }

    private static int or(Integer value, int lawDefault) {
        return value != null ? value : lawDefault;
    }

    /**
     * @param noticeWorkingDays       written notice after receipt: UU KIP Ps 22(7); Perbup Luwu Timur Ps 22(4)
     * @param extensionWorkingDays    one extension with written reasons: UU KIP Ps 22(8); Perbup Ps 22(6)
     * @param emailConfirmationSameDay an e-mailed request is served only if confirmed the same day: Perbup Ps 22(9)
     * @param idCopyRequiredForFullCopy a full copy needs a written request with an ID copy: Perbup Ps 22(8)
     */
    public record InformationRequest(Integer noticeWorkingDays, Integer extensionWorkingDays,
            Boolean emailConfirmationSameDay, Boolean idCopyRequiredForFullCopy) {
        public InformationRequest {
            noticeWorkingDays = or(noticeWorkingDays, 10);
            extensionWorkingDays = or(extensionWorkingDays, 7);
            emailConfirmationSameDay = emailConfirmationSameDay == null || emailConfirmationSameDay;
            idCopyRequiredForFullCopy = idCopyRequiredForFullCopy == null || idCopyRequiredForFullCopy;
        }
    }

    /**
     * @param fileWithinWorkingDays   after the ground arises: UU KIP Ps 36(1); Perbup Ps 25(1)
     * @param answerWithinWorkingDays by the Atasan PPID: UU KIP Ps 36(2); Perbup Ps 25(2)
     */
    public record Objection(Integer fileWithinWorkingDays, Integer answerWithinWorkingDays) {
        public Objection {
            fileWithinWorkingDays = or(fileWithinWorkingDays, 30);
            answerWithinWorkingDays = or(answerWithinWorkingDays, 30);
        }
    }

    /**
     * @param fileWithinWorkingDays             at the Information Commission after the objection answer: UU KIP Ps 37(2)
     * @param commissionStartWithinWorkingDays  the Commission begins mediation or adjudication: UU KIP Ps 38(1)
     * @param commissionSettleWithinWorkingDays the Commission settles the dispute: UU KIP Ps 38(2)
     */
    public record Dispute(Integer fileWithinWorkingDays, Integer commissionStartWithinWorkingDays,
            Integer commissionSettleWithinWorkingDays) {
        public Dispute {
            fileWithinWorkingDays = or(fileWithinWorkingDays, 14);
            commissionStartWithinWorkingDays = or(commissionStartWithinWorkingDays, 14);
            commissionSettleWithinWorkingDays = or(commissionSettleWithinWorkingDays, 100);
        }
    }

    /**
     * SP4N-LAPOR! practice, applied to SPIKM Pasal 5b-c and 7c-h.
     *
     * @param verifyDispatchWorkingDays central admin verifies and dispatches
     * @param followUpWorkingDays       the agency follows up (Pasal 8: a dispatched item must be followed up)
     * @param autoCloseWorkingDays      a case closes when the reporter does not reply to the answer
     * @param reopenWithinWorkingDays   the reporter may reopen a closed case
     * @param dueSoonWorkingDays        how early a case counts as "due soon"
     */
    public record Complaint(Integer verifyDispatchWorkingDays, Integer followUpWorkingDays,
            Integer autoCloseWorkingDays, Integer reopenWithinWorkingDays, Integer dueSoonWorkingDays) {
        public Complaint {
            verifyDispatchWorkingDays = or(verifyDispatchWorkingDays, 3);
            followUpWorkingDays = or(followUpWorkingDays, 5);
            autoCloseWorkingDays = or(autoCloseWorkingDays, 10);
            reopenWithinWorkingDays = or(reopenWithinWorkingDays, 10);
            dueSoonWorkingDays = or(dueSoonWorkingDays, 1);
        }
    }

    /** The daily digest to the regent through the Sekda (SPIKM Pasal 3(2)). */
    public record Digest(LocalTime time, List<String> recipients) {
        public Digest {
            time = time != null ? time : LocalTime.of(7, 0);
            recipients = recipients != null ? List.copyOf(recipients) : List.of();
        }
    }

    /** Indonesia's fiscal year is the calendar year. */
    public record FiscalYear(Integer startMonth) {
        public FiscalYear {
            startMonth = or(startMonth, 1);
        }
    }

    /** The annual service report, due within 3 months after the fiscal year (Perbup Ps 18(1)). */
    public record Llid(Integer dueMonthsAfterFiscalYear) {
        public Llid {
            dueMonthsAfterFiscalYear = or(dueMonthsAfterFiscalYear, 3);
        }
    }

    /**
     * @param berkalaUpdateMonths         periodic information republished at least every 6 months (Perki 1/2021)
     * @param ppidPembantuDeliveryMonths  PPID Pembantu deliver to the PPID Utama at least every 6 months (Perbup Ps 11b)
     */
    public record Register(Integer berkalaUpdateMonths, Integer ppidPembantuDeliveryMonths) {
        public Register {
            berkalaUpdateMonths = or(berkalaUpdateMonths, 6);
            ppidPembantuDeliveryMonths = or(ppidPembantuDeliveryMonths, 6);
        }
    }

    /** Closed cases' identities are erased after this many months (UU 27/2022 on personal data). */
    public record Retention(Integer identityErasureMonthsAfterClose) {
        public Retention {
            identityErasureMonthsAfterClose = or(identityErasureMonthsAfterClose, 60);
        }
    }

    /**
     * Staff sign-in (OWASP ASVS 2.8, 4.3.1).
     *
     * @param totpRequiredForAdmins tenant admins and central admins must use a TOTP second factor: until they enrol
     *                              one, a sign-in only lets them enrol
     */
    public record Security(Boolean totpRequiredForAdmins) {
        public Security {
            totpRequiredForAdmins = totpRequiredForAdmins != null && totpRequiredForAdmins;
        }
    }
}
