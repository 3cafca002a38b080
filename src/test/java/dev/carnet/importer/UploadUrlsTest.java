package dev.carnet.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UploadUrlsTest {
    @Test
    void dropsTheSizeSuffixAndTheResizingQuery() {
        assertEquals(Optional.of("2024/06/x.jpg"), UploadUrls.uploadPath("https://blog.fr/wp-content/uploads/2024/06/x-300x225.jpg?w=1024"));
    }

    @Test
    void readsJetpackCdnAddresses() {
        assertEquals(Optional.of("2024/06/atelier.jpg"),
                UploadUrls.uploadPath("https://i0.wp.com/blog.fr/wp-content/uploads/2024/06/atelier.jpg?resize=768%2C576&ssl=1"));
    }

    @Test
    void findsTheOriginalBehindScaledAndRotatedCopies() {
        assertEquals(Optional.of("2023/01/grande-photo.jpeg"), UploadUrls.uploadPath("http://blog.fr/wp-content/uploads/2023/01/grande-photo-scaled.jpeg"));
        assertEquals(Optional.of("2023/01/portrait.jpg"), UploadUrls.uploadPath("//blog.fr/wp-content/uploads/2023/01/portrait-rotated-1024x768.jpg"));
    }

    @Test
    void percentDecodesButKeepsPlusSigns() {
        assertEquals(Optional.of("2022/03/été+hiver 2.png"), UploadUrls.uploadPath("https://blog.fr/wp-content/uploads/2022/03/%C3%A9t%C3%A9+hiver%202.png"));
    }

    @Test
    void acceptsABlogInASubFolderAndRelativeAddresses() {
        assertEquals(Optional.of("2021/09/plan.pdf"), UploadUrls.uploadPath("https://exemple.org/blog/wp-content/uploads/2021/09/plan.pdf"));
        assertEquals(Optional.of("2021/09/plan.pdf"), UploadUrls.uploadPath("/wp-content/uploads/2021/09/plan.pdf"));
    }

    @Test
    void keepsDimensionsThatAreNotASuffix() {
        assertEquals(Optional.of("2021/09/1920x1080.png"), UploadUrls.uploadPath("https://blog.fr/wp-content/uploads/2021/09/1920x1080.png"));
    }

    @Test
    void anythingOutsideTheUploadsIsNotAnUpload() {
        assertEquals(Optional.empty(), UploadUrls.uploadPath("https://blog.fr/wp-content/themes/twentytwenty/logo.png"));
        assertEquals(Optional.empty(), UploadUrls.uploadPath("https://exemple.org/page?u=/wp-content/uploads/2021/09/plan.pdf"));
        assertEquals(Optional.empty(), UploadUrls.uploadPath("https://blog.fr/wp-content/uploads/"));
        assertEquals(Optional.empty(), UploadUrls.uploadPath(null));
    }
}
