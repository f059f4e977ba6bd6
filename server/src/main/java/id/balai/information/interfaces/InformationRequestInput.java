package id.balai.information.interfaces;

import java.util.regex.Pattern;

import id.balai.information.application.InformationRequestService;
import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.ObtainMethod;
import id.balai.information.domain.ReceiveMethod;
import id.balai.information.domain.RequestChannel;
import id.balai.information.domain.RequestContent;
import id.balai.information.domain.RequesterType;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.domain.PhoneNumber;
import id.balai.privacy.domain.PersonalData;

/**
 * A request as the Perki 1/2021 form (or an officer at the desk) sends it (Perbup Pasal 21): the requester's type and
 * identity, the information wanted, its purpose, how to obtain and receive it, and willingness to pay. Every field
 * is checked here, with the field named in the error, before anything is stored.
 *
 * @param channel only for officers' entry: WALK_IN, ORAL, LETTER or EMAIL
 * @param idCopy  the ID (KTP) copy as base64 in JSON; in a multipart request it is the part {@code idCopy}
 */
public record InformationRequestInput(String channel, String requesterType, RequesterInput requester,
        @MultiLine String informationWanted, @MultiLine String purpose, String obtainMethod, String receiveMethod, Boolean willingToPay,
        FileInput idCopy) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    /** NIK: 16 digits (UU 24/2013 on population administration). */
    private static final Pattern NIK = Pattern.compile("^[0-9]{16}$");

    /** The requester's identity (Pasal 21a-b): it goes to the vault. */
    public record RequesterInput(String name, String idNumber, @MultiLine String address, String phone, String email,
            String occupation) {
    }

    /** A file in JSON: its name and its content in base64. */
    public record FileInput(String fileName, String contentBase64) {
    }

    public InformationRequestService.SubmitCommand toCommand(RequestChannel channel) {
        RequesterType type = Inputs.enumOf(RequesterType.class, requesterType, "requesterType");
        if (requester == null) {
            throw InformationErrors.required("requester", "Identitas pemohon", "The requester's identity");
        }
        String name = Inputs.text(requester.name(), "requester.name", 2, 160, "Nama", "The name");
        String nik = requester.idNumber() == null ? null : requester.idNumber().replaceAll("\\s", "");
        if (nik == null || nik.isEmpty()) {
            throw InformationErrors.required("requester.idNumber", "Nomor identitas (NIK)", "The ID number (NIK)");
        }
        if (!NIK.matcher(nik).matches()) {
            throw InformationErrors.invalid("INVALID_ID_NUMBER", "NIK harus 16 angka.",
                    "The NIK (ID number) must be 16 digits.", "requester.idNumber");
        }
        String address = Inputs.text(requester.address(), "requester.address", 5, 300, "Alamat", "The address");
        String phone = null;
        if (requester.phone() != null && !requester.phone().isBlank()) {
            phone = PhoneNumber.parse(requester.phone()).map(PhoneNumber::e164).orElseThrow(() -> InformationErrors
                    .invalid("INVALID_PHONE", "Nomor telepon tidak sah.", "Invalid phone number.", "requester.phone"));
        }
        String email = null;
        if (requester.email() != null && !requester.email().isBlank()) {
            email = requester.email().strip();
            if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
                throw InformationErrors.invalid("INVALID_EMAIL", "Alamat e-mail tidak sah.", "Invalid e-mail address.",
                        "requester.email");
            }
        }
        if (phone == null && email == null) {
            throw InformationErrors.required("requester.phone", "Nomor telepon atau e-mail (Pasal 21b)",
                    "A phone number or an e-mail address (Pasal 21b)");
        }
        String occupation = Inputs.optionalText(requester.occupation(), "requester.occupation", 120);
        String wanted = Inputs.text(informationWanted, "informationWanted", 10, 4000, "Informasi yang dibutuhkan",
                "The information wanted");
        String why = Inputs.text(purpose, "purpose", 5, 2000, "Tujuan penggunaan informasi",
                "The purpose of the information");
        ObtainMethod obtain = Inputs.enumOf(ObtainMethod.class, obtainMethod, "obtainMethod");
        ReceiveMethod receive = obtain.isCopy() ? Inputs.enumOf(ReceiveMethod.class, receiveMethod, "receiveMethod")
                : Inputs.optionalEnum(ReceiveMethod.class, receiveMethod, "receiveMethod");
        if (receive == ReceiveMethod.EMAIL && email == null) {
            throw InformationErrors.required("requester.email", "Alamat e-mail untuk pengiriman",
                    "An e-mail address to send to");
        }
        if (willingToPay == null) {
            throw InformationErrors.required("willingToPay", "Kesediaan membayar biaya (Pasal 21e)",
                    "Willingness to pay the cost (Pasal 21e)");
        }
        InformationRequestService.Upload upload = idCopy == null ? null
                : new InformationRequestService.Upload(idCopy.fileName(), Inputs.base64(idCopy.contentBase64(),
                        "idCopy"));
        return new InformationRequestService.SubmitCommand(channel, new RequestContent(type, wanted, why, obtain,
                receive, willingToPay, phone != null, email != null),
                new PersonalData(name, phone, email, address, nik, occupation), upload);
    }

    public InformationRequestInput withIdCopy(FileInput file) {
        return new InformationRequestInput(channel, requesterType, requester, informationWanted, purpose, obtainMethod,
                receiveMethod, willingToPay, file);
    }
}
