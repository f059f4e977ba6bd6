package id.balai.information.interfaces;

import id.balai.information.application.InformationRequestService;
import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.ObtainMethod;
import id.balai.information.domain.ReceiveMethod;
import id.balai.information.domain.RequestChannel;
import id.balai.information.domain.RequestContent;
import id.balai.information.domain.RequesterType;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.domain.PhoneNumber;
import id.balai.platform.interfaces.Contact;
import id.balai.platform.interfaces.InputChecks;
import id.balai.platform.interfaces.OneOf;
import id.balai.platform.interfaces.Text;
import id.balai.privacy.domain.PersonalData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A request as the Perki 1/2021 form (or an officer at the desk) sends it (Perbup Pasal 21): the requester's type and
 * identity, the information wanted, its purpose, how to obtain and receive it, and willingness to pay. Its shape is
 * checked by the constraints below (messages in {@code ValidationMessages_id/_en.properties}); what one field asks of
 * another (a phone or an e-mail address; a copy needs a way to receive it, and by e-mail an address) is checked in
 * {@link #toCommand}. Either way the field is named in the error, and nothing is stored before both pass.
 *
 * @param channel only for officers' entry: WALK_IN, ORAL, LETTER or EMAIL
 * @param idCopy  the ID (KTP) copy as base64 in JSON; in a multipart request it is the part {@code idCopy}
 */
public record InformationRequestInput(String channel,
        @OneOf(codes = RequesterType.class, ignoreCase = true, message = "{INVALID_REQUESTER_TYPE}")
        String requesterType,
        @NotNull(message = "{FIELD_REQUIRED.requester}") @Valid RequesterInput requester,
        @Text(min = 10, max = 4000, label = "informationWanted", blank = "FIELD_REQUIRED", code = "INVALID_LENGTH")
        @MultiLine String informationWanted,
        @Text(min = 5, max = 2000, label = "purpose", blank = "FIELD_REQUIRED", code = "INVALID_LENGTH")
        @MultiLine String purpose,
        @OneOf(codes = ObtainMethod.class, ignoreCase = true, message = "{INVALID_OBTAIN_METHOD}") String obtainMethod,
        @OneOf(codes = ReceiveMethod.class, ignoreCase = true, optional = true, message = "{INVALID_RECEIVE_METHOD}")
        String receiveMethod,
        @NotNull(message = "{FIELD_REQUIRED.willingToPay}") Boolean willingToPay,
        FileInput idCopy) {

    /** The requester's identity (Pasal 21a-b): it goes to the vault. NIK: 16 digits (UU 24/2013). */
    public record RequesterInput(
            @Text(min = 2, max = 160, label = "requester.name", blank = "FIELD_REQUIRED", code = "INVALID_LENGTH")
            String name,
            @NotBlank(message = "{FIELD_REQUIRED.requester.idNumber}")
            @Pattern(regexp = "^\\s*(?:[0-9]\\s*){16}$|^\\s*$", message = "{INVALID_ID_NUMBER}") String idNumber,
            @Text(min = 5, max = 300, label = "requester.address", blank = "FIELD_REQUIRED", code = "INVALID_LENGTH")
            @MultiLine String address,
            @Contact(Contact.Kind.PHONE) String phone,
            @Contact(Contact.Kind.EMAIL) String email,
            @Text(max = 120, label = "requester.occupation", optional = true, code = "INVALID_LENGTH")
            String occupation) {
    }

    /** A file in JSON: its name and its content in base64. */
    public record FileInput(String fileName, String contentBase64) {
    }

    /** The command, once the input holds to its constraints. */
    public InformationRequestService.SubmitCommand toCommand(InputChecks checks, RequestChannel channel) {
        checks.valid(this);
        RequesterType type = Inputs.enumOf(RequesterType.class, requesterType, "requesterType");
        String name = requester.name().strip();
        String nik = requester.idNumber().replaceAll("\\s", "");
        String address = requester.address().strip();
        String phone = requester.phone() == null || requester.phone().isBlank() ? null
                : PhoneNumber.parse(requester.phone()).orElseThrow().e164();
        String email = requester.email() == null || requester.email().isBlank() ? null : requester.email().strip();
        if (phone == null && email == null) {
            throw InformationErrors.required("requester.phone", "Nomor telepon atau e-mail (Pasal 21b)",
                    "A phone number or an e-mail address (Pasal 21b)");
        }
        String occupation = requester.occupation() == null || requester.occupation().isBlank() ? null
                : requester.occupation().strip();
        String wanted = informationWanted.strip();
        String why = purpose.strip();
        ObtainMethod obtain = Inputs.enumOf(ObtainMethod.class, obtainMethod, "obtainMethod");
        ReceiveMethod receive = obtain.isCopy() ? Inputs.enumOf(ReceiveMethod.class, receiveMethod, "receiveMethod")
                : Inputs.optionalEnum(ReceiveMethod.class, receiveMethod, "receiveMethod");
        if (receive == ReceiveMethod.EMAIL && email == null) {
            throw InformationErrors.required("requester.email", "Alamat e-mail untuk pengiriman",
                    "An e-mail address to send to");
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
