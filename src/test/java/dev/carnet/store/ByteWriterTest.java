package dev.carnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteWriterTest {
    @Test
    void writesTheBytesDataOutputStreamWritesAndByteReaderReadsThemBack() throws IOException {
        ByteWriter writer = new ByteWriter(1);
        writer.number(-7);
        writer.wide(Long.MIN_VALUE + 12345);
        writer.flag(true);
        writer.nullable(null);
        writer.nullable("l’été « ok »");
        writer.text(null);
        writer.bytes(new byte[300]);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(expected)) {
            out.writeInt(-7);
            out.writeLong(Long.MIN_VALUE + 12345);
            out.writeBoolean(true);
            out.writeInt(-1);
            byte[] text = "l’été « ok »".getBytes(StandardCharsets.UTF_8);
            out.writeInt(text.length);
            out.write(text);
            out.writeInt(0);
            out.writeInt(300);
            out.write(new byte[300]);
        }
        assertThat(writer.toByteArray()).isEqualTo(expected.toByteArray());

        ByteReader reader = new ByteReader(ByteBuffer.wrap(writer.toByteArray()), 0);
        assertThat(reader.number()).isEqualTo(-7);
        assertThat(reader.wide()).isEqualTo(Long.MIN_VALUE + 12345);
        assertThat(reader.flag()).isTrue();
        assertThat(reader.nullable()).isNull();
        assertThat(reader.nullable()).isEqualTo("l’été « ok »");
        assertThat(reader.text()).isEmpty();
    }
}
