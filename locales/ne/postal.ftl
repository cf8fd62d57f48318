# हुलाक कोड डाटा (src/postal)
postal-error-read = { $path } पढ्न सकिएन: { $reason }
postal-error-columns = पङ्क्ति { $line }: { $columns } स्तम्भ छन् (१५ हुनुपर्ने)
postal-error-code = पङ्क्ति { $line }: हुलाक कोड "{ $value }" ७ अङ्कको छैन
postal-error-flag = पङ्क्ति { $line }: स्तम्भ { $column } को फ्ल्याग "{ $value }" एक अङ्क होइन
postal-error-unclosed = पङ्क्ति { $line }: कोष्ठक बन्द गरिएको छैन
postal-error-empty = { $path } मा हुलाक कोडका पङ्क्तिहरू छैनन्
postal-error-index = हुलाक कोड सूचकाङ्क { $path }: { $reason }
postal-error-no-index = { $path } मा हुलाक कोड सूचकाङ्क छैन। पहिले madoguchi postal import चलाउनुहोस्
