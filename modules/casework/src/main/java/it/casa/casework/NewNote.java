package it.casa.casework;

import java.util.Objects;

/** A note to add to a case's timeline. */
public record NewNote(String text, NoteVisibility visibility) {

	public NewNote {
		text = Objects.requireNonNull(text, "text").strip();
		Objects.requireNonNull(visibility, "visibility");
	}
}
