import { createContext, useContext } from 'react';

/** Each form gives its fields ids of their own, so that two forms on one page never share an id. */
export const FieldIdPrefixContext = createContext('field');

export const useFieldIdPrefix = (): string => useContext(FieldIdPrefixContext);

export const fieldId = (prefix: string, name: string): string => `${prefix}-${name}`;
