package it.casa.casework.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import it.casa.casework.ActionOwner;
import it.casa.casework.Address;
import it.casa.casework.ClosureReport;
import it.casa.casework.Consent;
import it.casa.casework.Contact;
import it.casa.casework.ContactKind;
import it.casa.casework.FiscalCode;
import it.casa.casework.Grade;
import it.casa.casework.HouseholdDetails;
import it.casa.casework.HouseholdId;
import it.casa.casework.InvalidCaseDataException;
import it.casa.casework.InterviewPlan;
import it.casa.casework.MemberDetails;
import it.casa.casework.NewActivationRequest;
import it.casa.casework.NewNote;
import it.casa.casework.PlannedAction;
import it.casa.casework.ProjectContent;
import it.casa.casework.ReportedHousingSituation;
import it.casa.casework.SocialNetwork;
import it.casa.casework.TriageChecklist;
import it.casa.casework.TriageInput;
import it.casa.casework.WorkSituation;
import it.casa.casework.web.Requests.ActionRequest;
import it.casa.casework.web.Requests.AddressRequest;
import it.casa.casework.web.Requests.ChecklistRequest;
import it.casa.casework.web.Requests.ContactRequest;
import it.casa.casework.web.Requests.FileRequest;
import it.casa.casework.web.Requests.MemberRequest;
import it.casa.platform.ContactFormats;
import it.casa.platform.web.FieldProblems;

/** Turns validated request bodies into the module's types, naming the field of every rule that fails. */
final class RequestConversion {

	private RequestConversion() {
	}

	static NewActivationRequest activationRequest(FileRequest request) {
		FieldProblems problems = new FieldProblems();
		HouseholdDetails household = request.household() == null ? null
				: household(problems, "household.", request.household().members(), request.household().contacts(),
						request.household().addresses());
		ReportedHousingSituation housing = problems.at("housing", () -> new ReportedHousingSituation(
				request.housing().situation(), request.housing().hearingDate(), request.housing().description()));
		Consent consent = problems.at("consent.scopes",
				() -> new Consent(request.consent().givenOn(), request.consent().scopes()));
		problems.throwIfAny();
		NewActivationRequest result = problems.at("household",
				() -> new NewActivationRequest(
						request.existingHouseholdId() == null ? null : HouseholdId.of(request.existingHouseholdId()),
						household, Objects.requireNonNull(housing), request.urgencyFacts(), Objects.requireNonNull(consent)));
		problems.throwIfAny();
		return Objects.requireNonNull(result);
	}

	/** A phone number that can be dialled, an e-mail address that has the form of one. */
	private static Contact contact(ContactRequest contact) {
		boolean valid = contact.kind() == ContactKind.PHONE ? ContactFormats.isPhoneNumber(contact.value())
				: ContactFormats.isEmailAddress(contact.value());
		if (!valid) {
			throw new InvalidCaseDataException(
					contact.kind() == ContactKind.PHONE ? ContactFormats.PHONE_INVALID : ContactFormats.EMAIL_INVALID,
					"The " + contact.kind().name().toLowerCase(java.util.Locale.ROOT) + " is not valid");
		}
		return new Contact(contact.kind(), contact.value());
	}

	static HouseholdDetails household(List<MemberRequest> members, @Nullable List<ContactRequest> contacts,
			@Nullable List<AddressRequest> addresses) {
		FieldProblems problems = new FieldProblems();
		HouseholdDetails household = household(problems, "", members, contacts, addresses);
		problems.throwIfAny();
		return Objects.requireNonNull(household);
	}

	private static @Nullable HouseholdDetails household(FieldProblems problems, String prefix,
			List<MemberRequest> members, @Nullable List<ContactRequest> contacts, @Nullable List<AddressRequest> addresses) {
		List<MemberDetails> details = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			MemberRequest member = members.get(i);
			String path = prefix + "members[" + i + "]";
			boolean hasCode = member.fiscalCode() != null && !member.fiscalCode().isBlank();
			FiscalCode code = hasCode ? problems.at(path + ".fiscalCode", () -> FiscalCode.of(member.fiscalCode())) : null;
			if (hasCode && code == null) {
				continue;
			}
			MemberDetails converted = problems.at(path + ".fiscalCode",
					() -> new MemberDetails(member.givenName(), member.familyName(), member.relationship(),
							member.birthDate(), member.sex(), code, blankToNull(member.citizenship()),
							member.residencePermitExpiry(), member.incomeBand(), isTrue(member.disabled())));
			if (converted != null) {
				details.add(converted);
			}
		}
		List<Contact> contactList = new ArrayList<>();
		for (int i = 0; contacts != null && i < contacts.size(); i++) {
			ContactRequest contact = contacts.get(i);
			Contact converted = problems.at(prefix + "contacts[" + i + "].value", () -> contact(contact));
			if (converted != null) {
				contactList.add(converted);
			}
		}
		if (problems.any()) {
			return null;
		}
		List<Address> addressList = addresses == null ? List.of()
				: addresses.stream()
					.map(address -> new Address(address.kind(), address.street(), address.postalCode(), address.town()))
					.toList();
		return problems.at(prefix + "members", () -> new HouseholdDetails(details, contactList, addressList));
	}

	static TriageChecklist checklist(ChecklistRequest request, String prefix) {
		FieldProblems problems = new FieldProblems();
		TriageChecklist checklist = problems.at(prefix.isEmpty() ? "checklist" : prefix,
				() -> new TriageChecklist(
						request.arrears() == null || request.arrears().isEmpty() ? EnumSet.noneOf(it.casa.casework.ArrearsKind.class)
								: EnumSet.copyOf(request.arrears()),
						isTrue(request.evictionInProgress()), request.evictionDate(), request.residencePermitExpiry(),
						request.socialNetwork() == null ? SocialNetwork.ADEQUATE : request.socialNetwork(),
						request.work() == null ? WorkSituation.STABLE : request.work(), isTrue(request.noSavings()),
						isTrue(request.violence()), isTrue(request.pendingCriminalProceedings()),
						isTrue(request.fragileMembers()), isTrue(request.unsafeDwelling()), isTrue(request.noPlaceToLive()),
						request.monthlyRent(),
						request.monthlyHouseholdIncome()));
		problems.throwIfAny();
		return Objects.requireNonNull(checklist);
	}

	/**
	 * A triage answers every question of the checklist: a question left out is "not yet assessed", which a proposal may
	 * skip but a grade may not rest on ({@code triage.answer.required} at each). No arrears is an empty list.
	 */
	static TriageInput triage(Requests.TriageRequest request) {
		ChecklistRequest checklist = request.checklist();
		FieldProblems problems = new FieldProblems();
		Map<String, @Nullable Object> answers = new LinkedHashMap<>();
		answers.put("arrears", checklist.arrears());
		answers.put("evictionInProgress", checklist.evictionInProgress());
		answers.put("socialNetwork", checklist.socialNetwork());
		answers.put("work", checklist.work());
		answers.put("noSavings", checklist.noSavings());
		answers.put("violence", checklist.violence());
		answers.put("pendingCriminalProceedings", checklist.pendingCriminalProceedings());
		answers.put("fragileMembers", checklist.fragileMembers());
		answers.put("unsafeDwelling", checklist.unsafeDwelling());
		answers.put("noPlaceToLive", checklist.noPlaceToLive());
		answers.forEach((question, answer) -> {
			if (answer == null) {
				problems.add("checklist." + question, new InvalidCaseDataException("triage.answer.required",
						"The triage needs an answer to every question of the checklist"));
			}
		});
		problems.throwIfAny();
		return new TriageInput(checklist(checklist, "checklist"), Grade.ofNumber(request.grade()),
				request.overrideReason());
	}

	static ClosureReport closure(Requests.ClosureRequest request) {
		return new ClosureReport(request.outcome(), request.reason(), request.restitutionMeetingOn(),
				request.restitutionSummary());
	}

	static InterviewPlan interview(Requests.InterviewRequest request) {
		return new InterviewPlan(request.scheduledFor(), request.place(),
				request.participants() == null ? List.of() : request.participants());
	}

	static ProjectContent project(Requests.ProjectRequest request) {
		FieldProblems problems = new FieldProblems();
		List<ActionRequest> actions = request.actions() == null ? List.of() : request.actions();
		List<PlannedAction> planned = new ArrayList<>();
		for (int i = 0; i < actions.size(); i++) {
			ActionRequest action = actions.get(i);
			ActionOwner owner = problems.at("actions[" + i + "].owner.userId",
					() -> new ActionOwner(action.owner().kind(), action.owner().userId(), action.owner().displayName()));
			if (owner != null) {
				planned.add(new PlannedAction(action.id(), action.description(), owner, action.dueDate(), action.status()));
			}
		}
		problems.throwIfAny();
		ProjectContent content = problems.at("goals",
				() -> new ProjectContent(request.goals(), planned, request.waysAndTimes()));
		problems.throwIfAny();
		return Objects.requireNonNull(content);
	}

	static NewNote note(Requests.NoteRequest request) {
		return new NewNote(request.text(), request.visibility());
	}

	private static boolean isTrue(@Nullable Boolean flag) {
		return Boolean.TRUE.equals(flag);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
