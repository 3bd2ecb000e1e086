import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';

type Props = Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onChange: (value: string) => void };

/** A text input that reports its value once the typing pauses, so a list is not refetched per key. */
export function DebouncedTextInput({ value, onChange, ...props }: Props) {
  const [text, setText] = useState(value);
  const report = useDebouncedCallback(onChange, 300);
  // Follow changes made elsewhere (a saved view, "clear filters").
  useEffect(() => setText(value), [value]);
  return (
    <TextInput
      {...props}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        report(e.currentTarget.value);
      }}
    />
  );
}
